using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Playbooks;

/// <summary>Argus's own, unaudited document reads; run on both providers.</summary>
public abstract class ReadDocumentTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private IPlaybookLibrary Library => target.Storage.Playbooks;

    [Fact]
    public async Task ReadDocumentAsync_NamedAndLatestVersion_ReturnsExactBytesAndWritesNoAuditEvent()
    {
        var org = Scopes.NewOrganisation();
        var old = TestPlaybook.Minimal();
        var newer = old with { Modified = old.Modified.AddDays(1), Name = "Newer" };
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(old.ToBytes()), Token);
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(newer.ToBytes()), Token);
        var before = await RowCounts.ReadAsync(target, org, Token);

        var named = await Library.ReadDocumentAsync(Scopes.Admin(org), old.Id, old.ModifiedText, Token);
        var latest = await Library.ReadDocumentAsync(Scopes.Admin(org), old.Id, null, Token);

        Assert.Equal(old.ToBytes(), named?.ToArray());
        Assert.Equal(newer.ToBytes(), latest?.ToArray());
        Assert.Equal(before, await RowCounts.ReadAsync(target, org, Token));
    }

    [Fact]
    public async Task ReadDocumentAsync_HiddenOrMissingVersion_IsNull()
    {
        var org = Scopes.NewOrganisation();
        var secret = TestPlaybook.Minimal();
        await Library.ImportAsync(Scopes.Admin(org), new ImportRequest(secret.ToBytes()) { Classification = ClearanceLevel.Secret }, Token);

        var aboveClearance = await Library.ReadDocumentAsync(Scopes.For(org, ClearanceLevel.Confidential), secret.Id, null, Token);
        var otherOrganisation = await Library.ReadDocumentAsync(Scopes.Admin(Scopes.NewOrganisation()), secret.Id, secret.ModifiedText, Token);
        var missing = await Library.ReadDocumentAsync(Scopes.Admin(org), secret.Id, "2001-01-01T00:00:00.000Z", Token);

        Assert.Equal((false, false, false), (aboveClearance.HasValue, otherOrganisation.HasValue, missing.HasValue));
    }

    public sealed class OnSqlite(SqliteTarget target) : ReadDocumentTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : ReadDocumentTests(target), IClassFixture<PostgresTarget>;
}
