using Argus.Benchmarks.Execution;
using Argus.Benchmarks.OpenC2;
using Argus.Benchmarks.Storage;
using BenchmarkDotNet.Running;

// Custom scenarios first: seeding 100,000 playbooks and alternating send loops need their own timing loops.
switch (args)
{
    case ["execution", .. var executionArgs]:
        return await ExecutionScenario.RunAsync(executionArgs).ConfigureAwait(false);
    case ["storage", .. var rest]:
        return await StorageScenario.RunAsync(rest).ConfigureAwait(false);
    case ["openc2-interleaved", ..]:
        await InterleavedSendComparison.RunAsync(args).ConfigureAwait(false);
        return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
