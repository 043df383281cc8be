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

    [ParamsSource(nameof(Files))]
    public string File { get; set; } = "";

    public static IEnumerable<string> Files() => CorpusFiles.Names();

    [GlobalSetup]
    public void Load() => _json = System.IO.File.ReadAllBytes(Path.Combine(CorpusFiles.Folder, File));

    [Benchmark(Baseline = true)]
    public JsonValueKind Parse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.ValueKind;
    }

    [Benchmark]
    public ValidationReport Validate() => _validator.Validate(_json);
}
