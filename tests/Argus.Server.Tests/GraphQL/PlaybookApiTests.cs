using System.Text.Json;
using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

/// <summary>The playbook fields end to end through HTTP on a real host and database; run once per provider by
/// <see cref="SqlitePlaybookApiTests"/> and <see cref="PostgresPlaybookApiTests"/>.</summary>
public abstract partial class PlaybookApiTests
{
    protected abstract ArgusServerFactory Server { get; }

    [Fact]
    public async Task ImportListGetExportSetStatus_OnePlaybook_RoundTripsByteExact()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Secret);
        var playbook = new TestPlaybook();
        var text = playbook.ToText();

        var imported = await client.ImportAsync(text, versionString: "1.0");
        var listed = await client.ListAsync();
        var got = await client.GetAsync(playbook.Id);
        var exported = await client.ExportAsync(playbook.Id);
        var changed = await client.SetStatusAsync(playbook.Id, playbook.ModifiedText, "VERIFIED");
        var after = await client.GetAsync(playbook.Id, playbook.ModifiedText);

        Assert.Equal("STORED", imported.GetProperty("outcome").GetString());
        Assert.Equal([playbook.Id], listed.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.Equal(playbook.Name, got.GetProperty("name").GetString());
        Assert.Equal("DRAFT", got.GetProperty("status").GetString());
        Assert.Equal("UNCLASSIFIED", got.GetProperty("classification").GetString());
        Assert.Equal("1.0", got.GetProperty("versionString").GetString());
        Assert.Equal(text, got.GetProperty("document").GetString());
        Assert.True(exported.GetProperty("found").GetBoolean());
        Assert.Equal(text, exported.GetProperty("document").GetString());
        Assert.Equal("CHANGED", changed.GetProperty("outcome").GetString());
        Assert.Equal("VERIFIED", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Import_InvalidDocument_ReturnsIssuesAsDataAndWritesNothing()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.TopSecret);
        var playbook = new TestPlaybook { HasWorkflowStart = false };

        var imported = await client.ImportAsync(playbook.ToText());

        Assert.Equal("REJECTED", imported.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, imported.GetProperty("playbook").ValueKind);
        Assert.Contains(imported.GetProperty("issues").EnumerateArray(), i => i.GetProperty("severity").GetString() == "ERROR");
        Assert.Equal(JsonValueKind.Null, (await client.GetAsync(playbook.Id)).ValueKind);
        Assert.Equal(0, (await client.StatisticsAsync()).GetProperty("versions").GetInt32());
    }

    [Fact]
    public async Task SecretPlaybook_ConfidentialCaller_AnswerIdenticalToMissingId()
    {
        var organization = PlaybookApiClient.NewOrganization();
        var owner = PlaybookApiClient.AllRoles(Server, organization, ClassificationLevel.Secret);
        var reader = PlaybookApiClient.AllRoles(Server, organization, ClassificationLevel.Confidential);
        var playbook = new TestPlaybook();
        Assert.Equal("STORED", (await owner.ImportAsync(playbook.ToText(), ClassificationLevel.Secret)).GetProperty("outcome").GetString());
        const string ById = "query($id: String!) { cacaoPlaybook(id: $id) { id name } }";
        const string Export = "mutation($id: String!) { exportCacaoPlaybook(id: $id) { found document } }";
        var missing = "playbook--" + Guid.NewGuid();

        var hidden = await reader.SendAsync(ById, new { id = playbook.Id });
        var absent = await reader.SendAsync(ById, new { id = missing });
        var hiddenExport = await reader.SendAsync(Export, new { id = playbook.Id });
        var absentExport = await reader.SendAsync(Export, new { id = missing });
        var hiddenStatus = await reader.SetStatusAsync(playbook.Id, playbook.ModifiedText, "VERIFIED");

        Assert.Equal(absent.Text, hidden.Text);
        Assert.Equal("""{"data":{"cacaoPlaybook":null}}""", hidden.Text);
        Assert.Equal(absentExport.Text, hiddenExport.Text);
        Assert.Equal("NOT_FOUND", hiddenStatus.GetProperty("outcome").GetString());
        Assert.Empty((await reader.ListAsync()).GetProperty("edges").EnumerateArray());
        Assert.Equal(0, (await reader.StatisticsAsync()).GetProperty("playbooks").GetInt32());
        Assert.Equal(playbook.Id, (await owner.GetAsync(playbook.Id)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task OtherOrganisation_ViewerWithEveryRole_SeesNoneOfTheOwnersPlaybooks()
    {
        var owner = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var stranger = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.TopSecret);
        var playbook = new TestPlaybook();
        Assert.Equal("STORED", (await owner.ImportAsync(playbook.ToText())).GetProperty("outcome").GetString());

        var listed = await stranger.ListAsync();
        var got = await stranger.GetAsync(playbook.Id);
        var statistics = await stranger.StatisticsAsync();
        var exported = await stranger.ExportAsync(playbook.Id);

        Assert.Empty(listed.GetProperty("edges").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, got.ValueKind);
        Assert.Equal(0, statistics.GetProperty("playbooks").GetInt32());
        Assert.False(exported.GetProperty("found").GetBoolean());
        Assert.Equal(JsonValueKind.Null, exported.GetProperty("document").ValueKind);
        Assert.Equal(1, (await owner.StatisticsAsync()).GetProperty("playbooks").GetInt32());
    }

    [Fact]
    public async Task Import_SameIdAndModifiedWithOtherBytes_ConflictAndSameBytesUnchanged()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var playbook = new TestPlaybook();
        await client.ImportAsync(playbook.ToText());

        var again = await client.ImportAsync(playbook.ToText());
        var conflict = await client.ImportAsync((playbook with { Name = "Another name" }).ToText());

        Assert.Equal("UNCHANGED", again.GetProperty("outcome").GetString());
        Assert.Equal("CONFLICT", conflict.GetProperty("outcome").GetString());
        Assert.Equal(["version.conflict"], conflict.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(playbook.Name, (await client.GetAsync(playbook.Id)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task CacaoPlaybooks_PagesOfOne_WalkEveryPlaybookOnceAndVersionsListEach()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var first = new TestPlaybook { Modified = TestPlaybook.OnDay(1) };
        var second = first with { Modified = TestPlaybook.OnDay(2) };
        var other = new TestPlaybook { Name = "Other", Modified = TestPlaybook.OnDay(3) };
        foreach (var document in new[] { first, second, other })
        {
            Assert.Equal("STORED", (await client.ImportAsync(document.ToText())).GetProperty("outcome").GetString());
        }

        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 10; page++)
        {
            var listed = await client.ListAsync(after is null ? "(first: 1, allVersions: true)" : $"(first: 1, allVersions: true, after: \"{after}\")");
            seen.AddRange(listed.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("modified").GetString()!));
            if (!listed.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = listed.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        var latest = await client.ListAsync();
        var fromMiddle = await client.ListAsync("(first: 3, allVersions: true)");
        var middleCursor = fromMiddle.GetProperty("edges")[0].GetProperty("cursor").GetString();
        var rest = await client.ListAsync($"(first: 5, allVersions: true, after: \"{middleCursor}\")");
        var versions = (await client.GetAsync(first.Id)).GetProperty("versions");

        Assert.Equal([other.ModifiedText, second.ModifiedText, first.ModifiedText], seen);
        Assert.Equal(2, latest.GetProperty("edges").GetArrayLength());
        Assert.Equal([second.ModifiedText, first.ModifiedText], rest.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("modified").GetString()));
        Assert.Equal([second.ModifiedText, first.ModifiedText], versions.EnumerateArray().Select(v => v.GetProperty("modified").GetString()));
    }

    [Fact]
    public async Task Statistics_TwoPlaybooksOneVerified_CountsByStatusTypeAndClassification()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Secret);
        var verified = new TestPlaybook();
        await client.ImportAsync(verified.ToText());
        await client.ImportAsync(new TestPlaybook { PlaybookTypes = ["investigation"] }.ToText(), ClassificationLevel.Secret);
        await client.SetStatusAsync(verified.Id, verified.ModifiedText, "VERIFIED");

        var statistics = await client.StatisticsAsync();

        Assert.Equal(2, statistics.GetProperty("playbooks").GetInt32());
        Assert.Equal(2, statistics.GetProperty("importsLast30Days").GetInt32());
        Assert.Equal(1, Count(statistics, "byStatus", "VERIFIED"));
        Assert.Equal(1, Count(statistics, "byStatus", "DRAFT"));
        Assert.Equal(1, Count(statistics, "byType", "investigation"));
        Assert.Equal(1, Count(statistics, "byClassification", "SECRET"));
    }

    [Fact]
    public async Task Healthz_StorageRegistered_ReportsDatabaseHealthy()
    {
        var response = await Server.SendAsync(HttpMethod.Get, "/healthz", token: null);

        Assert.Equal("Healthy", JsonDocument.Parse(response.Text).RootElement.GetProperty("checks").GetProperty("database").GetString());
    }

    private static int Count(JsonElement statistics, string property, string key) =>
        statistics.GetProperty(property).EnumerateArray().Where(e => e.GetProperty("key").GetString() == key)
            .Select(e => e.GetProperty("count").GetInt32()).SingleOrDefault();
}
