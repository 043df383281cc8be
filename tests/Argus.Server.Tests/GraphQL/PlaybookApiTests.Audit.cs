using Argus.Server.Authorization;
using Argus.Server.Tests.Support;
using Argus.Storage.Access;
using Argus.Storage.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.Tests.GraphQL;

public abstract partial class PlaybookApiTests
{
    [Fact]
    public async Task CacaoPlaybookDocument_ReadTwice_WritesNoAuditEventWhileExportWritesOne()
    {
        var organization = PlaybookApiClient.NewOrganization();
        var client = PlaybookApiClient.AllRoles(Server, organization, ClassificationLevel.Secret);
        var playbook = new TestPlaybook();
        var text = playbook.ToText();
        await client.ImportAsync(text);
        var audit = Server.Services.GetRequiredService<IAuditLog>();
        var afterImport = (await audit.VerifyAsync(OrganisationId.From(organization), TestContext.Current.CancellationToken)).EventCount;

        var first = await client.GetAsync(playbook.Id);
        var second = await client.GetAsync(playbook.Id, playbook.ModifiedText);
        var afterReads = (await audit.VerifyAsync(OrganisationId.From(organization), TestContext.Current.CancellationToken)).EventCount;
        await client.ExportAsync(playbook.Id);
        var afterExport = (await audit.VerifyAsync(OrganisationId.From(organization), TestContext.Current.CancellationToken)).EventCount;

        Assert.Equal((text, text), (first.GetProperty("document").GetString(), second.GetProperty("document").GetString()));
        Assert.Equal((1L, 1L, 2L), (afterImport, afterReads, afterExport));
    }
}
