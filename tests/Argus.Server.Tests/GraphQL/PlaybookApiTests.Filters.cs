using Argus.Server.Authorization;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.GraphQL;

public abstract partial class PlaybookApiTests
{
    [Fact]
    public async Task CacaoPlaybooks_StatusTypeTextFiltersAndNameSort_ReturnOnlyTheMatchingInOrder()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var zulu = new TestPlaybook { Name = "Zulu containment" };
        var alpha = new TestPlaybook { Name = "Alpha investigation", PlaybookTypes = ["investigation"] };
        await client.ImportAsync(zulu.ToText());
        await client.ImportAsync(alpha.ToText());
        await client.SetStatusAsync(zulu.Id, zulu.ModifiedText, "VERIFIED");

        var verified = await client.ListAsync("(status: VERIFIED)");
        var investigations = await client.ListAsync("(playbookType: \"investigation\")");
        var text = await client.ListAsync("(text: \"containment\")");
        var byName = await client.ListAsync("(sort: NAME)");

        Assert.Equal([zulu.Id], Ids(verified));
        Assert.Equal([alpha.Id], Ids(investigations));
        Assert.Equal([zulu.Id], Ids(text));
        Assert.Equal([alpha.Id, zulu.Id], Ids(byName));
    }

    [Fact]
    public async Task Import_ClassificationAboveImportersClearance_ForbiddenAsDataAndNothingStored()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Confidential);
        var playbook = new TestPlaybook();

        var imported = await client.ImportAsync(playbook.ToText(), ClassificationLevel.Secret);

        Assert.Equal("FORBIDDEN", imported.GetProperty("outcome").GetString());
        Assert.Equal("SECRET", imported.GetProperty("classification").GetString());
        Assert.Equal(0, (await client.StatisticsAsync()).GetProperty("versions").GetInt32());
    }

    [Fact]
    public async Task CacaoPlaybooks_AfterIsNotACursor_BadRequestError()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);

        var response = await client.SendAsync("{ cacaoPlaybooks(after: \"bm90LWEtY3Vyc29y\") { edges { cursor } } }");

        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task SetCacaoPlaybookStatus_DraftToDeprecated_InvalidTransitionAndUnchanged()
    {
        var client = PlaybookApiClient.AllRoles(Server, PlaybookApiClient.NewOrganization(), ClassificationLevel.Unclassified);
        var playbook = new TestPlaybook();
        await client.ImportAsync(playbook.ToText());

        var changed = await client.SetStatusAsync(playbook.Id, playbook.ModifiedText, "DEPRECATED");

        Assert.Equal("INVALID_TRANSITION", changed.GetProperty("outcome").GetString());
        Assert.Equal("DRAFT", changed.GetProperty("from").GetString());
        Assert.Equal("DRAFT", (await client.GetAsync(playbook.Id)).GetProperty("status").GetString());
    }

    private static IEnumerable<string?> Ids(System.Text.Json.JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString());
}
