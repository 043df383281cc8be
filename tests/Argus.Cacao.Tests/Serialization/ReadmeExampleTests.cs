using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Model.Workflow;
using Argus.Cacao.Serialization;
using Argus.Cacao.Tests.Model;
using static Argus.Cacao.Tests.Model.TestPlaybooks;

namespace Argus.Cacao.Tests.Serialization;

/// <summary>The examples of <c>src/Argus.Cacao/README.md</c>, kept compiling and working.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeReadingExample_MinimalPlaybook_ListsActionAndWritesRenamedCopy()
    {
        byte[] json = CacaoWriter.Write(TestPlaybooks.Minimal());
        var lines = new List<string>();
        byte[]? renamedJson = null;

        switch (CacaoReader.Read(json))
        {
            case CacaoReadResult.Parsed(var playbook):
                lines.Add($"{playbook.Name}: {playbook.Workflow?.Count ?? 0} steps");
                foreach (var (id, step) in playbook.Workflow ?? [])
                {
                    if (step is ActionStep action)
                    {
                        lines.Add($"{id} runs {action.Commands?.Length ?? 0} command(s) on {action.Agent}");
                    }
                }

                var renamed = playbook with { Name = "Renamed" };
                renamedJson = CacaoWriter.WriteIndented(renamed);
                break;

            case CacaoReadResult.Rejected(var issues):
                lines.AddRange(issues.Select(issue => $"{issue.Path}: {issue.Code}: {issue.Message}"));
                break;
        }

        Assert.Equal(["Minimal: 3 steps", $"{TestPlaybooks.ActionId} runs 1 command(s) on {TestPlaybooks.AgentId}"], lines);
        Assert.Contains("\"name\": \"Renamed\"", Encoding.UTF8.GetString(Present(renamedJson)), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeCanonicalExample_Playbook_DigestIsLowercaseHexOfCanonicalBytes()
    {
        var json = CacaoWriter.Write(TestPlaybooks.Minimal());

        using var document = JsonDocument.Parse(json);
        byte[] canonical = JsonCanonicalizer.Canonicalize(document.RootElement);
        string digest = Convert.ToHexStringLower(SHA256.HashData(canonical));

        Assert.Equal(64, digest.Length);
        Assert.Equal(CacaoWriter.WriteCanonical(TestPlaybooks.Minimal()), canonical);
    }
}
