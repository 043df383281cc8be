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

    [GlobalSetup]
    public void Load() =>
        _json = File.ReadAllBytes(Path.Combine(CorpusFiles.Folder, CorpusFiles.Names().ElementAt(FileIndex)));

    [Benchmark(Baseline = true)]
    public JsonValueKind Parse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.ValueKind;
    }

    [Benchmark]
    public ValidationReport Validate() => _validator.Validate(_json);
}
