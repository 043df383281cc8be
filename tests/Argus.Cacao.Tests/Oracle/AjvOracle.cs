using System.Diagnostics;
using System.Text.Json;
using Argus.Testing;

namespace Argus.Cacao.Tests.Oracle;

/// <summary>
/// Runs <c>tests/oracle/cs01-validate.mjs</c> (ajv with the official CS01 schemas) once for many documents.
/// </summary>
internal static class AjvOracle
{
    public sealed record AjvError(string InstancePath, string Keyword, string SchemaPath, string Message, string? MissingProperty);

    /// <summary>Skips the calling test when node or the oracle's node_modules are missing; fails instead under CI=true.</summary>
    public static (string Node, string Script) Require()
    {
        var oracle = Path.Combine(RepositoryPaths.Root, "tests", "oracle");
        var node = FindOnPath("node");
        string? reason = null;
        if (node is null)
        {
            reason = "node is not on PATH: the ajv oracle cannot run.";
        }
        else if (!Directory.Exists(Path.Combine(oracle, "node_modules", "ajv")))
        {
            reason = $"{oracle}/node_modules is missing: run 'npm ci' in tests/oracle.";
        }

        if (reason is not null)
        {
            if (RepositoryPaths.IsCi)
            {
                throw new InvalidOperationException(reason + " Under CI=true this is a failure, not a skip.");
            }

            Assert.Skip(reason);
        }

        return (node!, Path.Combine(oracle, "cs01-validate.mjs"));
    }

    /// <summary>Validates each document (compact JSON, one line each) and returns ajv's errors per document, in order.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<AjvError>>> ValidateAsync(
        string node, string script, string schemasDirectory, IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(schemasDirectory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            var writing = WriteAllAsync(process.StandardInput, documents, timeout.Token);
            var reading = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await writing;
            var output = await reading;
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"the oracle failed: {await errors}");
            return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse)];
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task WriteAllAsync(StreamWriter input, IReadOnlyList<string> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            await input.WriteLineAsync(document.AsMemory(), cancellationToken);
        }

        input.Close();
    }

    private static IReadOnlyList<AjvError> Parse(string line)
    {
        using var result = JsonDocument.Parse(line);
        var root = result.RootElement;
        Assert.False(root.TryGetProperty("parseError", out var parseError), $"ajv could not parse a document: {parseError}");
        return [.. root.GetProperty("errors").EnumerateArray().Select(e => new AjvError(
            e.GetProperty("instancePath").GetString()!,
            e.GetProperty("keyword").GetString()!,
            e.GetProperty("schemaPath").GetString()!,
            e.GetProperty("message").GetString() ?? string.Empty,
            e.GetProperty("params").TryGetProperty("missingProperty", out var missing) ? missing.GetString() : null))];
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
