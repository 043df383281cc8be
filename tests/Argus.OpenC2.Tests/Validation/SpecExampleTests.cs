using System.Text.RegularExpressions;
using Argus.OpenC2.Serialization;
using Argus.OpenC2.Validation;
using Argus.Testing;

namespace Argus.OpenC2.Tests.Validation;

/// <summary>
/// The JSON examples cut from LS v1.0 CS02 and SLPF v1.0 CS01 (<c>../shared/openc2/vectors/spec-examples</c>) against
/// the verdicts INDEX.md records for the language-only and the LS + SLPF + extensions schemas.
/// </summary>
public sealed partial class SpecExampleTests
{
    public static TheoryData<string, string, bool> Examples()
    {
        var index = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "openc2", "vectors", "INDEX.md"));
        var data = new TheoryData<string, string, bool>();
        if (!File.Exists(index))
        {
            data.Add("(shared folder absent)", "ls", false);
            return data;
        }

        foreach (Match row in Row().Matches(File.ReadAllText(index)))
        {
            data.Add(row.Groups["file"].Value, "ls", row.Groups["ls"].Value == "Y");
            data.Add(row.Groups["file"].Value, "acme", row.Groups["acme"].Value == "Y");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Read_SpecExample_GetsTheSchemaVerdictOfIndexMd(string file, string device, bool expectedValid)
    {
        var path = RepositoryPaths.RequireShared("openc2", "vectors", file);
        var options = device == "ls" ? OpenC2ValidationOptions.LanguageOnly : PlugfestVectors.AcmeDevice;
        var bytes = File.ReadAllBytes(path);

        var report = file.EndsWith("_cmd.json", StringComparison.Ordinal)
            ? OpenC2Reader.ReadCommand(bytes, options).Report
            : OpenC2Reader.ReadResponse(bytes, options).Report;

        Assert.True(report.IsValid == expectedValid,
            $"{file} ({device}): expected {(expectedValid ? "valid" : "invalid")}; issues: "
            + string.Join("; ", report.Issues.Select(i => $"{i.Path} {i.Message}")));
    }

    [GeneratedRegex(@"^\| `(?<file>spec-examples/[^`]+_(cmd|rsp)\.json)` \| (?<ls>Y|n) \| (?<slpf>Y|n) \| (?<acme>Y|n) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
