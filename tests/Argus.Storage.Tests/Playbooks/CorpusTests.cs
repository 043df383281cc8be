using System.Security.Cryptography;
using Argus.Cacao.Validation;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Argus.Storage.Tests.Support;
using Argus.Testing;

namespace Argus.Storage.Tests.Playbooks;

/// <summary>
/// The public corpus: a file is stored iff <see cref="PlaybookValidator"/> says it is valid (so the verdicts follow
/// the validator as its rules grow), every stored file exports byte-identical, and files sharing (id, modified)
/// with different bytes conflict within one organisation but are each stored in separate ones. Both providers.
/// </summary>
public abstract class CorpusTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static List<(string Name, byte[] Bytes)> Corpus() =>
        Directory.EnumerateFiles(RepositoryPaths.RequireShared("cacao", "corpus"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();

    [Fact]
    public async Task ImportAsync_WholeCorpusIntoOneOrganisation_FollowsValidatorAndConflictsOnReusedKeys()
    {
        var org = Scopes.NewOrganisation();
        var validator = new PlaybookValidator();
        var firstStored = new Dictionary<(string, string), string>();

        foreach (var (name, bytes) in Corpus())
        {
            var result = await target.Storage.Playbooks.ImportAsync(Scopes.Admin(org), new ImportRequest(bytes), Token);

            if (!validator.Validate(bytes).IsValid)
            {
                Assert.True(result is ImportResult.Rejected, $"{name}: the validator rejects it, the library answered {result.GetType().Name}");
                continue;
            }

            var (id, modified) = KeyOf(result, name);
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (firstStored.TryGetValue((id, modified), out var storedSha))
            {
                Assert.True(storedSha == sha ? result is ImportResult.Unchanged : result is ImportResult.Conflict { Issue.Code: "version.conflict" },
                    $"{name}: (id, modified) already stored; got {result.GetType().Name}");
            }
            else
            {
                Assert.True(result is ImportResult.Stored, $"{name}: valid and new, got {result}");
                firstStored[(id, modified)] = sha;
                await AssertExportsIdenticalAsync(Scopes.Admin(org), id, modified, bytes, name);
            }
        }

        Assert.NotEmpty(firstStored);
    }

    [Fact]
    public async Task ImportAsync_EachCorpusFileIntoItsOwnOrganisation_StoresEveryValidFileAndExportsItByteIdentical()
    {
        var validator = new PlaybookValidator();
        var stored = 0;

        foreach (var (name, bytes) in Corpus())
        {
            var scope = Scopes.Admin(Scopes.NewOrganisation());
            var result = await target.Storage.Playbooks.ImportAsync(scope, new ImportRequest(bytes), Token);

            Assert.True(validator.Validate(bytes).IsValid == result is ImportResult.Stored, $"{name}: validator and library disagree ({result.GetType().Name})");
            if (result is ImportResult.Stored { Version: var version })
            {
                stored++;
                await AssertExportsIdenticalAsync(scope, version.PlaybookId, version.Modified, bytes, name);
            }
        }

        Assert.True(stored > 0, "No corpus file was stored.");
    }

    private static (string Id, string Modified) KeyOf(ImportResult result, string name) => result switch
    {
        ImportResult.Stored { Version: var v } => (v.PlaybookId, v.Modified),
        ImportResult.Unchanged { Version: var v } => (v.PlaybookId, v.Modified),
        ImportResult.Conflict => ReadKey(name),
        _ => throw new Xunit.Sdk.XunitException($"{name}: valid, but the library answered {result}"),
    };

    private static (string, string) ReadKey(string name)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.RequireShared("cacao", "corpus"), name)));
        return (document.RootElement.GetProperty("id").GetString() ?? "", document.RootElement.GetProperty("modified").GetString() ?? "");
    }

    private async Task AssertExportsIdenticalAsync(AccessScope scope, string id, string modified, byte[] bytes, string name)
    {
        var export = await target.Storage.Playbooks.ExportAsync(scope, new ExportRequest(id, modified), Token);
        Assert.True(export is ExportResult.Exported exported && exported.Document.Span.SequenceEqual(bytes), $"{name}: export differs from the import");
    }

    public sealed class OnSqlite(SqliteTarget target) : CorpusTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : CorpusTests(target), IClassFixture<PostgresTarget>;
}
