using System.Text.Encodings.Web;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Serialization;

namespace Argus.Cacao.Tests.Serialization;

public sealed class CorpusRoundTripTests
{
    [Fact]
    public void Corpus_Listed_HasAtLeastTheThirtyDocumentedPlaybooks()
    {
        var names = CorpusFiles.Names().Select(row => row.Data).ToList();

        if (names is [CorpusFiles.Absent])
        {
            CorpusFiles.Read(CorpusFiles.Absent); // skips with the reason, or fails under CI
        }

        Assert.InRange(names.Count, 30, int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void WriteAfterRead_CorpusFile_IsJsonEqualToInput(string file)
    {
        var input = CorpusFiles.Read(file);

        var output = CacaoWriter.Write(ReadPlaybook(input));

        Assert.Equal(Canonical(input), Canonical(output));
    }

    [Theory]
    [MemberData(nameof(CorpusFiles.Names), MemberType = typeof(CorpusFiles))]
    public void WriteAfterRead_CorpusFile_KeepsEveryMemberInSourceOrder(string file)
    {
        var input = CorpusFiles.Read(file);

        var output = CacaoWriter.Write(ReadPlaybook(input));

        Assert.Equal(Compact(input), System.Text.Encoding.UTF8.GetString(output));
    }

    private static Argus.Cacao.Model.Playbook ReadPlaybook(byte[] input) =>
        Assert.IsType<CacaoReadResult.Parsed>(CacaoReader.Read(input)).Playbook;

    private static string Canonical(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return System.Text.Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(document.RootElement));
    }

    // The input with its whitespace removed but its member order and values as they are.
    private static string Compact(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
