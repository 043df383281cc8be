using System.Diagnostics;
using System.Globalization;

namespace Argus.Benchmarks.OpenC2;

/// <summary>
/// The same two loops as <see cref="SendCommandBenchmark"/>, alternated in short rounds so that load from other
/// processes on a shared machine falls on both alike: <c>dotnet run -c Release -- openc2-interleaved [rounds] [batch]</c>.
/// Prints commands per second for each and the ratio client/plain.
/// </summary>
internal static class InterleavedSendComparison
{
    public static async Task RunAsync(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var batch = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 25;
        var benchmark = new SendCommandBenchmark();
        await benchmark.StartAsync();
        try
        {
            for (var i = 0; i < 200; i++)
            {
                await benchmark.PlainHttpClient();
                await benchmark.OpenC2ClientSend();
            }

            var plain = TimeSpan.Zero;
            var client = TimeSpan.Zero;
            for (var round = 0; round < rounds; round++)
            {
                // Alternate which loop goes first, so neither always runs on a warmer or colder connection.
                if (round % 2 == 0)
                {
                    plain += await TimeAsync(benchmark.PlainHttpClient, batch);
                    client += await TimeAsync(benchmark.OpenC2ClientSend, batch);
                }
                else
                {
                    client += await TimeAsync(benchmark.OpenC2ClientSend, batch);
                    plain += await TimeAsync(benchmark.PlainHttpClient, batch);
                }
            }

            var commands = (double)rounds * batch;
            var plainRate = commands / plain.TotalSeconds;
            var clientRate = commands / client.TotalSeconds;
            Console.WriteLine(FormattableString.Invariant(
                $"{commands} commands each (query features, HTTPS v1.1, 127.0.0.1, sequential), {rounds} alternating rounds of {batch}"));
            Console.WriteLine(FormattableString.Invariant($"plain HttpClient, same bytes: {plainRate,10:F0} commands/s"));
            Console.WriteLine(FormattableString.Invariant($"OpenC2Client.SendAsync:       {clientRate,10:F0} commands/s"));
            Console.WriteLine(FormattableString.Invariant($"ratio client/plain:           {clientRate / plainRate,10:F3}"));
        }
        finally
        {
            await benchmark.StopAsync();
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task<int>> send, int count)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await send();
        }

        return Stopwatch.GetElapsedTime(started);
    }
}
