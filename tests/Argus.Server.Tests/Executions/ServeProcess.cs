using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Argus.Server.Tests.Support;

namespace Argus.Server.Tests.Executions;

/// <summary>
/// A real <c>argus serve</c> process (src/Argus.Cli, built before these tests) on a free loopback port and a shared
/// database, with short lease settings through <c>ARGUS_EXECUTIONS__*</c>. Its output is drained continuously (a full
/// pipe would block it) and kept for inspection. <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ServeProcess(Process process, string workerId)
    {
        _process = process;
        WorkerId = workerId;
    }

    public string WorkerId { get; }

    public bool HasExited => _process.HasExited;

    /// <param name="database">The shared database.</param>
    /// <param name="workerId">The worker id (and the name of the process's data directory).</param>
    /// <param name="maxConcurrent">Executions the process runs at a time.</param>
    /// <param name="leaseSeconds">The lease duration; renewals come every third of it.</param>
    public static ServeProcess Start(ExecutionTestDatabase database, string workerId, int maxConcurrent, int leaseSeconds = 3)
    {
        var data = Path.Combine(database.Directory, workerId);
        var start = new ProcessStartInfo(ArgusProcess.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            ArgusProcess.CliAssembly(), "serve", "--urls", $"http://127.0.0.1:{FreeLoopbackPort()}", "--data", data,
            "--database", database.ConnectionString,
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["ARGUS_EXECUTIONS__WORKERID"] = workerId;
        start.Environment["ARGUS_EXECUTIONS__MAXCONCURRENT"] = maxConcurrent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ARGUS_EXECUTIONS__LEASEDURATION"] = TimeSpan.FromSeconds(leaseSeconds).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ARGUS_EXECUTIONS__RENEWINTERVAL"] = TimeSpan.FromSeconds(leaseSeconds / 3.0).ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ARGUS_EXECUTIONS__POLLINTERVAL"] = "00:00:00.100";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var serve = new ServeProcess(process, workerId);
        process.OutputDataReceived += (_, e) => serve.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>SIGKILL, and wait until the process is gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(TimeSpan.FromSeconds(30));
    }

    /// <summary>The execution ids this process logged claiming (event 5101 "Claimed", 5102 "Resuming"), in order.</summary>
    public IReadOnlyList<Guid> ClaimedExecutions() =>
        [.. _lines.Select(line => ExecutionOf(line, 5101, 5102)).Where(id => id is not null).Select(id => id!.Value)];

    /// <summary>The execution ids of the process's log lines with one of these event ids (5104: lease lost).</summary>
    public IReadOnlyList<Guid> LoggedExecutions(params int[] eventIds) =>
        [.. _lines.Select(line => ExecutionOf(line, eventIds)).Where(id => id is not null).Select(id => id!.Value)];

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }

    private static Guid? ExecutionOf(string line, params int[] eventIds)
    {
        if (!line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return root.TryGetProperty("EventId", out var eventId) && eventId.TryGetInt32(out var id) && eventIds.Contains(id)
                && root.TryGetProperty("State", out var state) && state.TryGetProperty("ExecutionId", out var execution)
                && Guid.TryParse(execution.GetString(), out var executionId)
                    ? executionId
                    : null;
        }
        catch (JsonException)
        {
            return null; // a line that merely starts with a brace
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
