using System.Text;
using Argus.Storage.Access;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Cli;

/// <summary>The storage verbs of <c>argus</c> (import, list, export, audit verify, migrate), on both providers.</summary>
public abstract class StorageVerbTests(StorageTarget target) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("argus-cli-").FullName;

    private string[] DatabaseArgs => target.Options.ConnectionString is { } connection
        ? ["--database", connection]
        : ["--data", target.Options.DataDirectory];

    private string Write(TestPlaybook playbook) => Write(playbook.ToBytes());

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, .. DatabaseArgs]);

    [Fact]
    public async Task Import_SeveralValidFiles_StoresThemAndExitsZero()
    {
        var org = Scopes.NewOrganisation().Value;
        var files = Enumerable.Range(0, 3).Select(_ => Write(TestPlaybook.Minimal())).ToArray();

        var run = await RunAsync(["import", .. files, "--org", org, "--classification", "RESTRICTED", "--status", "verified"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 stored, 0 unchanged", run.Output, StringComparison.Ordinal);
        var list = await RunAsync("list", "--org", org, "--status", "verified");
        Assert.Equal(3, list.Output.Split('\n').Count(l => l.Contains("\tverified\tRESTRICTED\t", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Import_MalformedFile_ExitsOneAndNamesTheIssue()
    {
        var org = Scopes.NewOrganisation().Value;
        var file = Write(Encoding.UTF8.GetBytes("{\"type\": \"playbook\", "));

        var run = await RunAsync("import", file, "--org", org);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("json.malformed", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("COSMIC", "draft", "acme")]
    [InlineData("SECRET", "published", "acme")]
    [InlineData("SECRET", "draft", "not an org")]
    public async Task Import_BadOptionValue_ExitsTwo(string classification, string status, string org)
    {
        var file = Write(TestPlaybook.Minimal());

        var run = await RunAsync("import", file, "--org", org, "--classification", classification, "--status", status);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsTwo()
    {
        var run = await RunAsync("import", Path.Combine(_folder, "absent.json"), "--org", Scopes.NewOrganisation().Value);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Export_ToFile_WritesTheImportedBytesAndRedactsOnRequest()
    {
        var org = Scopes.NewOrganisation().Value;
        var playbook = TestPlaybook.Minimal() with { Password = "s3cret-pa55" };
        var bytes = playbook.ToBytes();
        await RunAsync("import", Write(bytes), "--org", org);
        var exact = Path.Combine(_folder, "exact.json");
        var redacted = Path.Combine(_folder, "redacted.json");

        var exactRun = await RunAsync("export", playbook.Id, "--version", playbook.ModifiedText, "-o", exact);
        var redactedRun = await RunAsync("export", playbook.Id, "--org", org, "--redact-secrets", "-o", redacted);

        Assert.Equal((0, 0), (exactRun.ExitCode, redactedRun.ExitCode));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(exact, TestContext.Current.CancellationToken));
        Assert.DoesNotContain("s3cret-pa55", await File.ReadAllTextAsync(redacted, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownId_ExitsOne()
    {
        var run = await RunAsync("export", "playbook--" + Guid.NewGuid(), "-o", Path.Combine(_folder, "none.json"));

        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task AuditVerify_IntactThenTampered_ExitsZeroThenOne()
    {
        var org = Scopes.NewOrganisation();
        await RunAsync("import", Write(TestPlaybook.Minimal()), Write(TestPlaybook.Minimal()), "--org", org.Value);
        var intact = await RunAsync("audit", "verify", "--org", org.Value);
        await using (var connection = await target.OpenRawAsync(TestContext.Current.CancellationToken))
        {
            // Tamper with the chain's head, which needs no trigger to be bypassed.
            await Raw.ExecuteAsync(connection, null, $"UPDATE organisations SET audit_head_seq = 1 WHERE id = '{org}'", TestContext.Current.CancellationToken);
        }

        var broken = await RunAsync("audit", "verify");

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains($"{org}: intact, 2 events", intact.Output, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"{org}: BROKEN", broken.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_RunTwice_ExitsZeroBothTimes()
    {
        var first = await RunAsync("migrate");
        var second = await RunAsync("migrate");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.DoesNotContain("applied", second.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    public sealed class OnSqlite(SqliteTarget target) : StorageVerbTests(target), IClassFixture<SqliteTarget>;

    public sealed class OnPostgres(PostgresTarget target) : StorageVerbTests(target), IClassFixture<PostgresTarget>;
}
