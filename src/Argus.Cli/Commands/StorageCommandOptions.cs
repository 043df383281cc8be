using System.CommandLine;
using System.Data.Common;
using Argus.Storage;
using Argus.Storage.Access;

namespace Argus.Cli.Commands;

/// <summary>
/// The <c>--data DIR</c> / <c>--database CONN</c> pair shared by the verbs that work on the database directly,
/// and the way they open it: database and I/O failures become exit code 2 with a one-line message.
/// </summary>
internal sealed class StorageCommandOptions
{
    public const string AdminNote =
        "Admin tool: works on the database directly and acts with full clearance (TOP_SECRET) on the named organisation.";

    private readonly Option<string> _data = new("--data")
    {
        Description = "Data directory; the SQLite database argus.db lives here unless --database is given.",
        HelpName = "DIR",
        DefaultValueFactory = _ => "./argus-data",
    };

    private readonly Option<string?> _database = new("--database")
    {
        Description = "Database connection string: 'Host=…' selects PostgreSQL, anything else is a SQLite connection string.",
        HelpName = "CONN",
    };

    public void AddTo(Command command)
    {
        command.Add(_data);
        command.Add(_database);
    }

    /// <summary>The name recorded as importer / actor for what the CLI writes.</summary>
    public static string Actor => "cli:" + Environment.UserName;

    public static bool TryOrganisation(ParseResult parseResult, string? text, out OrganisationId organisation)
    {
        if (OrganisationId.TryParse(text, out organisation))
        {
            return true;
        }

        parseResult.InvocationConfiguration.Error.WriteLine(
            $"'{text}' is not an organisation id (1-64 letters, digits, '.', '_' or '-', starting with a letter or digit).");
        return false;
    }

    /// <summary>Opens the database the options name, runs <paramref name="work"/>, and maps infrastructure failures to exit code 2.</summary>
    public async Task<int> RunAsync(ParseResult parseResult, Func<ArgusStorage, Task<int>> work)
    {
        var options = new StorageOptions
        {
            DataDirectory = parseResult.GetValue(_data) ?? "./argus-data",
            ConnectionString = parseResult.GetValue(_database),
        };
        try
        {
            await using var storage = ArgusStorage.Open(options);
            return await work(storage).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Infrastructure or usage failures (database unreachable, unwritable directory, malformed connection string).
            await parseResult.InvocationConfiguration.Error.WriteLineAsync($"argus: {ex.Message}").ConfigureAwait(false);
            return ArgusCommandLine.UsageOrIoError;
        }
    }
}
