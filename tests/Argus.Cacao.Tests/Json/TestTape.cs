using System.Text;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Tests.Json;

/// <summary>Parses test JSON into the <see cref="JsonTape"/> the validator reads.</summary>
internal static class TestTape
{
    public static JsonTape Parse(string json) =>
        JsonTape.TryParse(Encoding.UTF8.GetBytes(json), maxDepth: 64) ?? throw new ArgumentException("The test JSON does not parse.", nameof(json));
}
