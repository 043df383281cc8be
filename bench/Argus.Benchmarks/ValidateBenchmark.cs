using System.Text.Json;
using Argus.Cacao.Validation;
using BenchmarkDotNet.Attributes;

namespace Argus.Benchmarks;

/// <summary>Validation of one corpus file next to a bare <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>.</summary>
[MemoryDiagnoser]
public class ValidateBenchmark
{
    private readonly PlaybookValidator _validator = new();
    private byte[] _json = [];

    /// <summary>
    /// Position of the file in <see cref="CorpusFiles.Names"/> (ordinal order). An index rather than the name, because
    /// BenchmarkDotNet shortens long parameter texts in its reports, which made corpus names ambiguous there;
    /// <c>bench/run-validation-comparison.sh</c> maps the index back to the name.
    /// </summary>
    [ParamsSource(nameof(FileIndexes))]
    public int FileIndex { get; set; }

    public static IEnumerable<int> FileIndexes() => Enumerable.Range(0, CorpusFiles.Names().Count());

    // Whether this process has run the validator over the whole corpus yet (see WarmUpOnce).
    private static bool _warmedUp;

    [GlobalSetup]
    public void Load()
    {
        WarmUpOnce(_validator);
        _json = File.ReadAllBytes(Path.Combine(CorpusFiles.Folder, CorpusFiles.Names().ElementAt(FileIndex)));
    }

    // As bench/peers/ajv-bench.mjs lets V8 optimise first: two seconds over every file, once per process, so that the
    // first file is not timed while the JIT is still tiering the validator's code up (it took over a second to settle).
    private static void WarmUpOnce(PlaybookValidator validator)
    {
        if (_warmedUp)
        {
            return;
        }

        var files = CorpusFiles.Names().Select(name => File.ReadAllBytes(Path.Combine(CorpusFiles.Folder, name))).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var file in files)
            {
                validator.Validate(file);
                using var document = JsonDocument.Parse(file);
            }
        }

        _warmedUp = true;
    }

    [Benchmark(Baseline = true)]
    public JsonValueKind Parse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.ValueKind;
    }

    [Benchmark]
    public ValidationReport Validate() => _validator.Validate(_json);
}
