using Argus.Benchmarks.Storage;
using BenchmarkDotNet.Running;

// "storage" runs the timed storage scenario (seeding 100,000 playbooks takes a custom loop, not BenchmarkDotNet).
if (args is ["storage", .. var rest])
{
    return await StorageScenario.RunAsync(rest).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
