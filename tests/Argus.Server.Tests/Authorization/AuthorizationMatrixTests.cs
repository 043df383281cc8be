using System.Net;
using System.Text.Json;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Authorization;

/// <summary>
/// Every root field of the real schema × every role (and none) × every clearance level, for the caller's own
/// organisation, against the table below; and, for the fields that read playbooks, a caller of another organisation
/// with every role at every clearance, who must see nothing of the owner's. A field added to the schema without a row here fails the matrix, so no
/// field can escape it; a field whose declared requirement differs from the table fails too.
/// </summary>
public sealed class AuthorizationMatrixTests(ArgusServerFactory server) : IClassFixture<ArgusServerFactory>
{
    private const string NoRole = "none";

    /// <summary>Who may call what (issue 5, "Roles"). Storage-backed fields join this table when they join the schema.</summary>
    private static readonly Dictionary<string, AccessRequirement> Expected = new()
    {
        ["Query.me"] = AccessRequirement.AnyCaller,
        ["Query.openC2Actuators"] = AccessRequirement.Of(Role.Admin),
        ["Query.openC2Actuator"] = AccessRequirement.Of(Role.Admin),
        ["Mutation.createOpenC2Actuator"] = AccessRequirement.Of(Role.Admin),
        ["Mutation.updateOpenC2Actuator"] = AccessRequirement.Of(Role.Admin),
        ["Mutation.deleteOpenC2Actuator"] = AccessRequirement.Of(Role.Admin),
        ["Mutation.queryOpenC2Features"] = AccessRequirement.Of(Role.Admin),
        ["Query.cacaoPlaybooks"] = AccessRequirement.Of(Role.Viewer),
        ["Query.cacaoPlaybook"] = AccessRequirement.Of(Role.Viewer),
        ["Query.cacaoPlaybookStatistics"] = AccessRequirement.Of(Role.Viewer),
        ["Mutation.validateCacaoPlaybook"] = AccessRequirement.Of(Role.Author),
        ["Mutation.importCacaoPlaybook"] = AccessRequirement.Of(Role.Author),
        ["Mutation.exportCacaoPlaybook"] = AccessRequirement.Of(Role.Author),
        ["Mutation.setCacaoPlaybookStatus"] = AccessRequirement.Of(Role.Approver),
        ["Query.execution"] = AccessRequirement.Of(Role.Viewer),
        ["Query.executions"] = AccessRequirement.Of(Role.Viewer),
        ["Query.executionStatuses"] = AccessRequirement.Of(Role.Viewer),
        ["Mutation.executeCacaoPlaybook"] = AccessRequirement.Of(Role.Operator),
        ["Mutation.executeCacaoStep"] = AccessRequirement.Of(Role.Operator),
        ["Mutation.respondToManualStep"] = AccessRequirement.Of(Role.Operator),
        ["Mutation.cancelExecution"] = AccessRequirement.Of(Role.Operator),
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var roles = Enum.GetNames<Role>().Append(NoRole).ToList();
        foreach (var (root, field) in SchemaFields.RootFields())
        {
            foreach (var role in roles)
            {
                foreach (var clearance in Enum.GetNames<ClassificationLevel>())
                {
                    data.Add($"{root.Name}.{field.Name}", role, clearance);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RootField_RoleAndClearanceInOwnOrganization_AllowedExactlyWhenTheTableSays(string field, string role, string clearance)
    {
        Assert.True(Expected.TryGetValue(field, out var requirement),
            $"{field} is in the schema but not in AuthorizationMatrixTests.Expected: decide who may call it and add it.");
        var (rootType, fieldType) = SchemaFields.RootFields().Single(f => $"{f.Root.Name}.{f.Field.Name}" == field);
        var roles = role == NoRole ? [] : new[] { Enum.Parse<Role>(role) };
        var level = Enum.Parse<ClassificationLevel>(clearance);
        // One caller per case: the per-token rate limit (600 a minute) must not answer a fast run of the whole matrix.
        var caller = new CallerContext($"matrix-{field}-{role}-{clearance}", "org-matrix", level, [.. roles]);
        var token = server.CreateToken(caller.User, caller.Organization, level, roles);
        var operation = OperationText.For(rootType, fieldType, SchemaFields.Schema);

        var response = await server.PostAsync(operation, token);

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.Status);
        Assert.DoesNotContain("UNAUTHENTICATED", response.ErrorCodes);
        if (requirement.IsMetBy(caller))
        {
            Assert.DoesNotContain("FORBIDDEN", response.ErrorCodes);
            Assert.NotNull(response.Data);
        }
        else
        {
            Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
            Assert.Null(response.Data);
        }
    }

    /// <summary>The reading fields that name or count another organisation's playbooks, for the other-organisation dimension.</summary>
    public static TheoryData<string, string> OtherOrganizationCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in new[]
                 {
                     "cacaoPlaybooks", "cacaoPlaybook", "cacaoPlaybookStatistics", "exportCacaoPlaybook", "executions", "execution", "executionStatuses",
                 })
        {
            foreach (var clearance in Enum.GetNames<ClassificationLevel>())
            {
                data.Add(field, clearance);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OtherOrganizationCases))]
    public async Task ReadingField_CallerOfAnotherOrganizationWithEveryRole_SeesNothingOfTheOwners(string field, string clearance)
    {
        var ownerOrganization = PlaybookApiClient.NewOrganization();
        var owner = PlaybookApiClient.AllRoles(server, ownerOrganization, ClassificationLevel.Unclassified);
        var playbook = new TestPlaybook();
        Assert.Equal("STORED", (await owner.ImportAsync(playbook.ToText())).GetProperty("outcome").GetString());
        var strangerOrganization = PlaybookApiClient.NewOrganization();
        var stranger = PlaybookApiClient.AllRoles(server, strangerOrganization, Enum.Parse<ClassificationLevel>(clearance));
        var strangerExecutions = ExecutionApiClient.AllRoles(server, strangerOrganization, Enum.Parse<ClassificationLevel>(clearance));
        var execution = ExecutionApiClient.ExecutionId(await ExecutionApiClient.AllRoles(server, ownerOrganization, ClassificationLevel.Unclassified)
            .ExecutePlaybookAsync(playbook.Id)).ToString();

        var seen = field switch
        {
            "executions" => (await strangerExecutions.ListAsync()).GetProperty("edges").GetArrayLength(),
            "execution" => (await strangerExecutions.GetAsync(execution)).ValueKind == JsonValueKind.Null ? 0 : 1,
            "executionStatuses" => (await strangerExecutions.StatusesAsync(execution)).ValueKind == JsonValueKind.Null ? 0 : 1,
            "cacaoPlaybooks" => (await stranger.ListAsync()).GetProperty("edges").GetArrayLength(),
            "cacaoPlaybook" => (await stranger.GetAsync(playbook.Id)).ValueKind == JsonValueKind.Null ? 0 : 1,
            "cacaoPlaybookStatistics" => (await stranger.StatisticsAsync()).GetProperty("versions").GetInt32(),
            _ => (await stranger.ExportAsync(playbook.Id)).GetProperty("found").GetBoolean() ? 1 : 0,
        };

        Assert.Equal(0, seen);
    }

    [Fact]
    public void ExpectedTable_EveryRowNamesASchemaField()
    {
        var inSchema = SchemaFields.RootFields().Select(f => $"{f.Root.Name}.{f.Field.Name}").ToHashSet();

        Assert.All(Expected.Keys, key => Assert.Contains(key, inSchema));
    }

    [Fact]
    public void Schema_EveryRootFieldDeclaresTheRequirementOfTheTable()
    {
        foreach (var (root, field) in SchemaFields.RootFields())
        {
            Assert.Equal(Expected.GetValueOrDefault($"{root.Name}.{field.Name}"), field.GetAccess());
        }
    }

    [Fact]
    public void Schema_EveryFieldOfEveryTypeHasADeclaredRequirement()
    {
        Assert.Empty(SchemaAccessAudit.FindUndeclaredFields(SchemaFields.Schema));
    }
}
