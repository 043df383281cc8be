using System.Globalization;
using Argus.Benchmarks.Storage;

namespace Argus.Benchmarks.Api;

/// <summary>
/// <c>write-playbooks DIR COUNT</c>: writes COUNT small valid playbooks (start -> action -> end) as files, for scripts
/// that import them through the CLI (bench/run-api-load.sh).
/// </summary>
internal static class PlaybookFileWriter
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [_, var directory, var countText]
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 100_000)
        {
            await Console.Error.WriteLineAsync("usage: write-playbooks DIR COUNT (1 to 100000)").ConfigureAwait(false);
            return 2;
        }

        Directory.CreateDirectory(directory);
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var type = BenchPlaybooks.Types[i % BenchPlaybooks.Types.Length];
            var bytes = BenchPlaybooks.Document(Guid.NewGuid(), start.AddMinutes(i), $"Load playbook {i:D5}", type, $"label-{i % 10}");
            await File.WriteAllBytesAsync(Path.Combine(directory, $"playbook-{i:D5}.json"), bytes).ConfigureAwait(false);
        }

        Console.WriteLine($"wrote {count} playbooks to {directory}");
        return 0;
    }
}
