using System.Runtime.CompilerServices;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;
using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Tests.Validation.Reading;

public sealed class UniqueNamesProofScratchTests
{
    [Fact]
    public void CheckAll_AfterTheProof_KeepsNoMemberOfTheDocumentAlive()
    {
        var document = ProveAndDrop();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(document.IsAlive);
    }

    [Fact]
    public void CheckAll_NestedRepeat_FailsAndLaterProofsStartClean()
    {
        using var repeated = TestTape.Parse("""{"a":[{"b":1,"c":{"d":1,"d":2}}]}""");
        using var unique = TestTape.Parse("""{"a":[{"b":1,"c":{"d":1,"e":2}}],"b":2}""");
        var failing = new UniqueNamesProof(enabled: true);
        var passing = new UniqueNamesProof(enabled: true);

        failing.CheckAll(repeated.Root);
        passing.CheckAll(unique.Root);

        Assert.True(failing.Failed);
        Assert.False(passing.Failed);
    }

    // A proof over a document that is dropped once this returns; only the thread's scratch space could still reach it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ProveAndDrop()
    {
        using var document = TestTape.Parse("""{"a":{"b":1,"c":[{"d":2}]},"e":3}""");
        var proof = new UniqueNamesProof(enabled: true);
        proof.CheckAll(document.Root);
        Assert.False(proof.Failed);
        return new WeakReference(document);
    }
}
