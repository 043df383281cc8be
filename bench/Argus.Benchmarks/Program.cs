using Argus.Benchmarks.OpenC2;
using BenchmarkDotNet.Running;

if (args is ["openc2-interleaved", ..])
{
    await InterleavedSendComparison.RunAsync(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
