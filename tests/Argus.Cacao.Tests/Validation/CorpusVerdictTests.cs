using System.Text.RegularExpressions;
using Argus.Cacao.Validation;
using Argus.Testing;

namespace Argus.Cacao.Tests.Validation;

/// <summary>
/// The whole validator against every verdict and reason of <c>../shared/cacao/corpus/EXPECTED.md</c>: the verdict is
/// read from that file at run time; each reason is pinned here to the issue codes (and path fragments) that state it.
/// </summary>
public sealed partial class CorpusVerdictTests
{
    private static readonly PlaybookValidator Validator = new();

    [Theory]
    [MemberData(nameof(ReasonsByFile))]
    public void Validate_CorpusFile_GivesExpectedVerdictForTheExpectedReasons(string file, ExpectedIssue[] reasons)
    {
        var verdict = ReadExpectedVerdicts()[file];

        var report = Validator.Validate(File.ReadAllBytes(Path.Combine(CorpusFolder(), file)));

        var accepted = verdict.StartsWith("accept", StringComparison.Ordinal);
        Assert.True(accepted == report.IsValid,
            $"{file}: EXPECTED.md says '{verdict}', the validator says {(report.IsValid ? "valid" : "invalid")}: {Describe(report.Errors)}");
        foreach (var reason in reasons)
        {
            Assert.True(report.Issues.Any(reason.IsMetBy), $"{file}: expected {reason}; got {Describe(report.Issues)}");
        }

        if (verdict.Contains("no warnings", StringComparison.Ordinal) || file == "oasis-tcs_cacao__spec-3.1-example.json")
        {
            Assert.Empty(report.Warnings);
        }

        if (verdict == "accept, warns")
        {
            Assert.NotEmpty(report.Warnings);
        }
    }

    [Fact]
    public void ReasonsByFile_CoversEveryRowOfExpectedMd()
    {
        var pinned = ReasonsByFile().Select(row => row.Data.Item1).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(ReadExpectedVerdicts().Keys.Order(StringComparer.Ordinal), pinned.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_StrictMode_RejectsEveryFileWithWarnings()
    {
        var strict = new PlaybookValidator(new ValidationOptions { Strict = true });

        foreach (var path in Directory.EnumerateFiles(CorpusFolder(), "*.json"))
        {
            var bytes = File.ReadAllBytes(path);
            var lenient = Validator.Validate(bytes);
            Assert.Equal(lenient.IsValid && !lenient.Warnings.Any(), strict.Validate(bytes).IsValid);
        }
    }

    public static TheoryData<string, ExpectedIssue[]> ReasonsByFile() => new()
    {
        { "oasis-tcs_cacao__spec-3.1-example.json", [] },
        { "oasis-tcs_cacao__basic-example-1.json", [] },
        { "oasis-tcs_cacao__basic-example-a-2-1.json", [Error("property.required", "/category")] },
        { "oasis-tcs_cacao__layout-example-playbook--aa1898b6.json", [Error("property.required", "/commands"), Error("property.required", "/agent")] },
        { "oasis-tcs_cacao__locky-bart-mbc-examples.json", [Error("reference.unresolved", "/targets/0")] },
        { "cyentific-rni_cacao-bpmn__cacao-vulnerability-response-process.json", [Error("property.required", "/condition"), Error("property.required", "/commands")] },
        { "COSSAS_SOARCA__docs_executable-playbooks_example.json", [Error("property.required", "/agent")] },
        { "COSSAS_SOARCA__example-playbooks_caldera_basic-step.json", [Warning("identifier.prefix-mismatch", "caldera--")] },
        { "COSSAS_SOARCA__example-playbooks_caldera_consecutive-steps.json", [Warning("identifier.prefix-mismatch", "caldera--")] },
        { "COSSAS_SOARCA__example-playbooks_caldera_used-response.json", [Warning("identifier.prefix-mismatch", "caldera--")] },
        { "COSSAS_SOARCA__example-playbooks_caldera_flow-control.json", [Warning("branch.shared-end", "/workflow/")] },
        { "COSSAS_SOARCA__examples_fin-playbook.json", [Error("timestamp.order", "/modified"), Error("identifier.malformed", "soarca-fin-pong-")] },
        { "COSSAS_SOARCA__examples_http-playbook.json", [Warning("timestamp.precision", "/created")] },
        { "COSSAS_SOARCA__examples_manual-playbook.json", [Warning("identifier.prefix-mismatch", "/")] },
        { "COSSAS_SOARCA__examples_openc2-playbook.json", [Warning("vocabulary.unknown", "/commands/0/type")] },
        { "COSSAS_SOARCA__examples_powershell-playbook.json", [Warning("vocabulary.unknown", "/authentication_info_definitions/")] },
        { "COSSAS_SOARCA__examples_ssh-playbook.json", [Warning("timestamp.precision", "/created")] },
        { "COSSAS_SOARCA__examples_ssh-kms-playbook.json", [Warning("timestamp.precision", "/created")] },
        { "COSSAS_SOARCA__test_playbooks_playbook.json", StartIsNotAStartStepAndExceptionDangles },
        { "COSSAS_SOARCA__test_integration_api_routes_playbook.json", StartIsNotAStartStepAndExceptionDangles },
        { "COSSAS_SOARCA__test_playbooks_parallels_playbook.json", StartIsNotAStartStepAndExceptionDangles },
        { "COSSAS_SOARCA__test_playbooks_infinite_playbook.json", [Error("workflow.missing-start", "/workflow"), Error("workflow.missing-end", "/workflow"), Error("cycle.not-while", "/workflow/")] },
        { "COSSAS_SOARCA__test_playbooks_missing_step_playbook.json", [Error("reference.unresolved", "/on_completion")] },
        { "COSSAS_SOARCA__test_playbooks_invalid_playbook.json", [Error("workflow.start-not-start-step", "/workflow_start"), Warning("identifier.prefix-mismatch", "http-api--")] },
        { "COSSAS_SOARCA__test_playbooks_invalid_email_playbook.json", [Error("workflow.start-not-start-step", "/workflow_start")] },
        { "COSSAS_SOARCA__test_playbooks_changed-playbook.json", [Error("type.mismatch", "/workflow")] },
        { "MaartendeKruijf_soarca-webshell-example__playbook--12db7540.json", [] },
        { "MaartendeKruijf_soarca-webshell-example__playbook--300270f9_remove.json", [Warning("timestamp.precision", "/created")] },
        { "NaimCharfi_SOARCA__httpPlaybook.json", [Error("reference.unresolved", "/workflow_exception")] },
        { "NaimCharfi_SOARCA__sshPlaybook.json", [Error("reference.unresolved", "/workflow_exception")] },
        { "thecyberproject_SOARCA-wazuh-integration__starter-playbook.json", [] },
    };

    private static ExpectedIssue[] StartIsNotAStartStepAndExceptionDangles =>
        [Error("workflow.start-not-start-step", "/workflow_start"), Error("reference.unresolved", "/workflow_exception")];

    private static ExpectedIssue Error(string code, string pathFragment) => new(IssueSeverity.Error, code, pathFragment);

    private static ExpectedIssue Warning(string code, string pathFragment) => new(IssueSeverity.Warning, code, pathFragment);

    private static string CorpusFolder() => RepositoryPaths.RequireShared("cacao", "corpus");

    private static Dictionary<string, string> ReadExpectedVerdicts() =>
        File.ReadLines(Path.Combine(CorpusFolder(), "EXPECTED.md"))
            .Select(line => ExpectedRow().Match(line))
            .Where(match => match.Success)
            .ToDictionary(match => match.Groups["file"].Value, match => match.Groups["verdict"].Value.Trim(), StringComparer.Ordinal);

    private static string Describe(IEnumerable<ValidationIssue> issues) =>
        string.Join("; ", issues.Select(i => $"{i.Severity} {i.Code} {i.Path}"));

    [GeneratedRegex(@"^\| (?<file>[^|\s]+\.json) \| (?<verdict>[^|]+) \|")]
    private static partial Regex ExpectedRow();
}
