using System.Text.Json;
using Argus.Testing;

namespace Argus.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_ValidFile_ExitsZeroAndSaysValid()
    {
        using var folder = new TempFolder();
        var file = folder.Write("good.json", TestPlaybooks.Valid());

        var run = await CliRun.InvokeAsync("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{file}: VALID", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("INVALID", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Validate_InvalidFile_ExitsOneAndListsTheError()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.json", TestPlaybooks.Invalid());

        var run = await CliRun.InvokeAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}: INVALID with 1 error", run.Output, StringComparison.Ordinal);
        Assert.Contains("  error condition.syntax at /workflow/if-condition--7a1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e/condition: ",
            run.Output, StringComparison.Ordinal);
        Assert.Contains("1 file checked: 0 valid, 0 valid with warnings, 1 invalid.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MalformedJson_ExitsOne()
    {
        using var folder = new TempFolder();
        var file = folder.Write("broken.json", "{\"type\": ");

        var run = await CliRun.InvokeAsync("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error json.malformed at : ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TextThatDoesNotDecode_ExitsOneAndNamesItsPointer()
    {
        using var folder = new TempFolder();
        var escaped = folder.Write("escaped.json",
            TestPlaybooks.Valid().Replace("\"Analyst on duty\"", "\"Analyst \\ud800\"", StringComparison.Ordinal));
        var notUtf8 = System.IO.Path.Combine(folder.Path, "not-utf8.json");
        var valid = System.Text.Encoding.UTF8.GetBytes(TestPlaybooks.Valid());
        var at = valid.AsSpan().IndexOf("CLI test playbook"u8);
        await File.WriteAllBytesAsync(notUtf8, [.. valid.AsSpan(0, at), 0xFF, .. valid.AsSpan(at)], TestContext.Current.CancellationToken);

        var run = await CliRun.InvokeAsync("validate", escaped, notUtf8);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error json.invalid-unicode at /agent_definitions/", run.Output, StringComparison.Ordinal);
        Assert.Contains("escapes a lone UTF-16 surrogate", run.Output, StringComparison.Ordinal);
        Assert.Contains("error json.invalid-unicode at /name: This string holds bytes that are not UTF-8", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Validate_ValidAndInvalidFiles_ExitsOneAndReportsBoth()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.json", TestPlaybooks.Valid());
        var bad = folder.Write("bad.json", TestPlaybooks.Invalid());

        var run = await CliRun.InvokeAsync("validate", good, bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{good}: VALID", run.Output, StringComparison.Ordinal);
        Assert.Contains($"{bad}: INVALID", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 files checked: 1 valid, 0 valid with warnings, 1 invalid.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WarningOnlyFile_ExitsZeroAndCountsTheWarning()
    {
        using var folder = new TempFolder();
        var file = folder.Write("warn.json", TestPlaybooks.WarningOnly());

        var run = await CliRun.InvokeAsync("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{file}: VALID with 1 warning", run.Output, StringComparison.Ordinal);
        Assert.Contains("  warning condition.unquoted-literal at /workflow/", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_StrictWithWarningOnlyFile_ExitsOne()
    {
        using var folder = new TempFolder();
        var file = folder.Write("warn.json", TestPlaybooks.WarningOnly());

        var run = await CliRun.InvokeAsync("validate", "--strict", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{file}: INVALID with 1 error", run.Output, StringComparison.Ordinal);
        Assert.Contains("  error condition.unquoted-literal at /workflow/", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NoPath_ExitsTwoWithMessageOnStderr()
    {
        var run = await CliRun.InvokeAsync("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("PATH", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Validate_MissingPath_ExitsTwoWithoutValidatingAnything()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.json", TestPlaybooks.Valid());
        var missing = Path.Combine(folder.Path, "missing.json");

        var run = await CliRun.InvokeAsync("validate", good, missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"no such file or folder: {missing}", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task Validate_UnknownOption_ExitsTwo()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.json", TestPlaybooks.Valid());

        var run = await CliRun.InvokeAsync("validate", "--colourful", good);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option '--colourful'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnreadableFile_ExitsTwoAndStillReportsTheOthers()
    {
        using var folder = new TempFolder();
        var good = folder.Write("a-good.json", TestPlaybooks.Valid());
        var locked = folder.Write("b-locked.json", TestPlaybooks.Valid());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        if (CanRead(locked))
        {
            Assert.Skip("The file stays readable (running as root, or on Windows without Unix modes); no unreadable file can be made.");
        }

        var run = await CliRun.InvokeAsync("validate", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot read {locked}", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{good}: VALID", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Json_PrintsOneArrayWithTheDocumentedShape()
    {
        using var folder = new TempFolder();
        var good = folder.Write("a.json", TestPlaybooks.Valid());
        var warn = folder.Write("b.json", TestPlaybooks.WarningOnly());
        var bad = folder.Write("c.json", TestPlaybooks.Invalid());

        var run = await CliRun.InvokeAsync("validate", "--json", good, warn, bad);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var entries = document.RootElement.EnumerateArray().ToList();
        Assert.Equal([good, warn, bad], entries.Select(e => e.GetProperty("file").GetString()));
        Assert.Equal([true, true, false], entries.Select(e => e.GetProperty("valid").GetBoolean()));
        Assert.All(entries, e => Assert.Equal(["file", "valid", "errors", "warnings"], e.EnumerateObject().Select(p => p.Name)));
        var warning = Assert.Single(entries[1].GetProperty("warnings").EnumerateArray());
        Assert.Equal("condition.unquoted-literal", warning.GetProperty("code").GetString());
        var error = Assert.Single(entries[2].GetProperty("errors").EnumerateArray());
        Assert.Equal(["path", "code", "message"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/workflow/if-condition--7a1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e/condition", error.GetProperty("path").GetString());
        Assert.Equal("condition.syntax", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Validate_JsonWithStrict_MovesWarningsToErrors()
    {
        using var folder = new TempFolder();
        var warn = folder.Write("warn.json", TestPlaybooks.WarningOnly());

        var run = await CliRun.InvokeAsync("validate", "--json", "--strict", warn);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var entry = Assert.Single(document.RootElement.EnumerateArray());
        Assert.False(entry.GetProperty("valid").GetBoolean());
        Assert.Empty(entry.GetProperty("warnings").EnumerateArray());
        Assert.Equal("condition.unquoted-literal", Assert.Single(entry.GetProperty("errors").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Validate_Folder_ValidatesEveryJsonFileRecursivelyInOrder()
    {
        using var folder = new TempFolder();
        var nested = folder.Write(Path.Combine("b", "deeper", "nested.json"), TestPlaybooks.Invalid());
        var top = folder.Write("a.json", TestPlaybooks.Valid());
        var sibling = folder.Write(Path.Combine("b", "z.json"), TestPlaybooks.Valid());
        folder.Write("notes.txt", "not a playbook");
        folder.Write("upper.JSON", "not matched: the pattern is *.json");

        var run = await CliRun.InvokeAsync("validate", "--json", folder.Path);

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var files = document.RootElement.EnumerateArray().Select(e => e.GetProperty("file").GetString()).ToList();
        Assert.Equal([top, nested, sibling], files);
    }

    [Fact]
    public async Task Validate_CorpusFolder_ReportsEveryCorpusFile()
    {
        var corpus = RepositoryPaths.RequireShared("cacao", "corpus");
        var expected = Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var run = await CliRun.InvokeAsync("validate", "--json", corpus);

        Assert.Contains(run.ExitCode, new[] { 0, 1 });
        using var document = JsonDocument.Parse(run.Output);
        var entries = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(expected, entries.Select(e => e.GetProperty("file").GetString()));
        Assert.Equal(run.ExitCode == 0, entries.TrueForAll(e => e.GetProperty("valid").GetBoolean()));
    }

    private static bool CanRead(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
