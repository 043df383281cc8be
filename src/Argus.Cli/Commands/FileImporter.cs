using System.CommandLine;
using Argus.Storage;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using Spectre.Console;

namespace Argus.Cli.Commands;

/// <summary>Imports files one by one for <see cref="ImportCommand"/>, reporting each outcome and the totals.</summary>
internal sealed class FileImporter(
    ArgusStorage storage, AccessScope scope, ClearanceLevel? classification, PlaybookStatus status, InvocationConfiguration console)
{
    private int _stored;
    private int _unchanged;
    private int _problems;
    private int _ioErrors;

    public async Task<int> RunAsync(string[] paths, bool showProgress, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        if (showProgress)
        {
            await AnsiConsole.Progress().StartAsync(async context =>
            {
                var task = context.AddTask($"Importing into {scope.Organisation}", maxValue: paths.Length);
                foreach (var path in paths)
                {
                    lines.Add(await ImportOneAsync(path, cancellationToken).ConfigureAwait(false));
                    task.Increment(1);
                }
            }).ConfigureAwait(false);
            foreach (var line in lines)
            {
                await console.Output.WriteLineAsync(line).ConfigureAwait(false);
            }
        }
        else
        {
            foreach (var path in paths)
            {
                await console.Output.WriteLineAsync(await ImportOneAsync(path, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }

        await console.Output.WriteLineAsync(
            $"{_stored} stored, {_unchanged} unchanged, {_problems} rejected or in conflict, {_ioErrors} unreadable").ConfigureAwait(false);
        return _ioErrors > 0 ? ArgusCommandLine.UsageOrIoError
            : _problems > 0 ? ArgusCommandLine.Failure
            : ArgusCommandLine.Success;
    }

    private async Task<string> ImportOneAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _ioErrors++;
            return $"unreadable {path}: {ex.Message}";
        }

        var request = new ImportRequest(bytes) { Classification = classification, Status = status };
        var result = await storage.Playbooks.ImportAsync(scope, request, cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case ImportResult.Stored stored:
                _stored++;
                return $"stored    {path}: {stored.Version.PlaybookId} {stored.Version.Modified} {stored.Version.Classification.ToName()}"
                    + (stored.Report.Warnings.Any() ? $" ({stored.Report.Warnings.Count()} warnings)" : "");
            case ImportResult.Unchanged unchanged:
                _unchanged++;
                return $"unchanged {path}: {unchanged.Version.PlaybookId} {unchanged.Version.Modified} is already stored";
            case ImportResult.Rejected rejected:
                _problems++;
                return $"rejected  {path}:" + string.Concat(rejected.Report.Errors.Select(i => $"\n  {i.Code} at '{i.Path}': {i.Message}"));
            case ImportResult.Conflict conflict:
                _problems++;
                return $"conflict  {path}: {conflict.Issue.Code}: {conflict.Issue.Message}";
            case ImportResult.Forbidden forbidden:
                _problems++;
                return $"forbidden {path}: classified {forbidden.Classification.ToName()}, above clearance {forbidden.Clearance.ToName()}";
            default:
                throw new InvalidOperationException($"Unknown import result {result.GetType().Name}.");
        }
    }
}
