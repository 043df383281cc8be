using System.Collections.Immutable;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Tests.Json;
using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Structure;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class ObjectMembersTests
{
    private const string Created = "\"created\":\"2024-01-02T03:04:05.006Z\"";

    [Fact]
    public void Validate_CreatedRepeated_ComparesModifiedWithTheLastCreated()
    {
        // The last value of a repeated name is the one every reader of the document sees.
        var json = TestPlaybooks.Minimal().ToJsonString()
            .Replace(Created, "\"created\":\"2025-01-01T00:00:00.000Z\",\"created\":\"2020-01-01T00:00:00.000Z\"", StringComparison.Ordinal);
        Assert.NotEqual(TestPlaybooks.Minimal().ToJsonString(), json);

        var report = new PlaybookValidator().Validate(json);

        Assert.Contains(report.Issues, issue => issue.Code == "json.duplicate-key");
        Assert.DoesNotContain(report.Issues, issue => issue.Code == ValidationCodes.TimestampOrder);
    }

    [Fact]
    public void Validate_ModifiedNameWrittenWithEscapes_StillComparedWithCreated()
    {
        var json = TestPlaybooks.Minimal().ToJsonString()
            .Replace("\"modified\":\"2024-01-02T03:04:05.006Z\"", "\"modifi\\u0065d\":\"2023-01-02T03:04:05.006Z\"", StringComparison.Ordinal);
        Assert.Contains("modifi\\u0065d", json, StringComparison.Ordinal);

        new PlaybookValidator().Validate(json).AssertError(ValidationCodes.TimestampOrder, "/modified");
    }

    [Fact]
    public void TryGet_NameTheShapeDoesNotDefine_ReadsTheObject()
    {
        using var document = TestTape.Parse("""{"a": 1, "b": 2}""");
        var context = new ValidationContext(document.Root, ValidationOptions.Default, ImmutableArray.CreateBuilder<ValidationIssue>(), repeatsMemberNames: false);
        var names = new Utf8NameTable(["a"]);
        var found = new TapeValue[1];
        found[0] = document.Root.GetProperty("a");

        var members = new ObjectMembers(context, document.Root, names, found);

        Assert.True(members.TryGet("b"u8, out var b));
        Assert.Equal("2", b.GetRawText());
        Assert.True(members.Has("b"));
        Assert.False(members.Has("c"u8));
        Assert.True(members.HasAny(["c", "a"]));
        Assert.False(members.IsTrue("a"u8));
    }

    [Fact]
    public void Pool_ReturnedArray_ComesBackCleared()
    {
        var pool = new ObjectMembers.Pool();
        using var document = TestTape.Parse("1");
        var array = pool.Rent(3);
        array[2] = document.Root;

        pool.Return(array, 3);
        var again = pool.Rent(3);

        Assert.Same(array, again);
        Assert.Equal(JsonValueKind.Undefined, again[2].ValueKind);
    }
}
