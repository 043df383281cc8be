using Argus.Server.Authorization;
using Argus.Server.GraphQL;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;

namespace Argus.Server.Tests.Authorization;

public sealed class FieldAccessValidationRuleTests
{
    private static readonly CallerContext Everything =
        new("root", "org-rule", ClassificationLevel.TopSecret, [.. Enum.GetValues<Role>()]);

    [Fact]
    public async Task Validate_RootFieldWithoutRequirement_IsForbiddenAndResolverNeverRuns()
    {
        var resolved = false;
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("undeclared").Resolve(_ =>
        {
            resolved = true;
            return "leak";
        });

        var result = await ExecuteAsync(new Schema { Query = query }, "{ undeclared }", Everything);

        Assert.False(resolved);
        Assert.Null(result.Data);
        Assert.Equal("FORBIDDEN", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Validate_NestedFieldWithoutRequirementOnFieldOrType_IsForbidden()
    {
        var inner = new ObjectGraphType { Name = "Inner" };
        inner.Field<StringGraphType>("secret").Resolve(_ => "leak");
        var query = new ObjectGraphType { Name = "Query" };
        query.Field("inner", inner).AllowsAnyCaller().Resolve(_ => new object());

        var result = await ExecuteAsync(new Schema { Query = query }, "{ inner { secret } }", Everything);

        Assert.Null(result.Data);
        Assert.Equal("FORBIDDEN", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Validate_NestedFieldCoveredByItsTypeRequirement_IsAllowed()
    {
        var inner = new ObjectGraphType { Name = "Inner" };
        inner.SetAccess(AccessRequirement.AnyCaller);
        inner.Field<StringGraphType>("visible").Resolve(_ => "shown");
        var query = new ObjectGraphType { Name = "Query" };
        query.Field("inner", inner).AllowsAnyCaller().Resolve(_ => new object());

        var result = await ExecuteAsync(new Schema { Query = query }, "{ inner { visible } }", Everything);

        Assert.Null(result.Errors);
        Assert.NotNull(result.Data);
    }

    [Fact]
    public async Task Validate_RoleMissing_IsForbidden()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("settings").RequiresRole(Role.Admin).Resolve(_ => "x");
        var caller = Everything with { Roles = [Role.Viewer, Role.Operator] };

        var result = await ExecuteAsync(new Schema { Query = query }, "{ settings }", caller);

        Assert.Equal("FORBIDDEN", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Validate_NoCaller_IsUnauthenticated()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").AllowsAnyCaller().Resolve(_ => "x");

        var result = await ExecuteAsync(new Schema { Query = query }, "{ open }", caller: null);

        Assert.Equal("UNAUTHENTICATED", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public void FindUndeclaredFields_FieldWithoutRequirement_IsListed()
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("declared").AllowsAnyCaller().Resolve(_ => "x");
        query.Field<StringGraphType>("forgotten").Resolve(_ => "x");
        var schema = new Schema { Query = query };
        schema.Initialize();

        Assert.Equal(["Query.forgotten"], SchemaAccessAudit.FindUndeclaredFields(schema));
    }

    private static async Task<ExecutionResult> ExecuteAsync(ISchema schema, string query, CallerContext? caller)
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = query,
            UserContext = new ArgusUserContext(caller, isGetRequest: false),
            ValidationRules = [.. DocumentValidator.CoreRules, FieldAccessValidationRule.Instance],
            CancellationToken = TestContext.Current.CancellationToken,
        });
        _ = new GraphQLSerializer().Serialize(result); // the result must serialise, as the endpoint would
        return result;
    }
}
