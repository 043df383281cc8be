using Argus.Cacao.Validation;
using Argus.Cacao.Validation.Rules.Graph;
using Argus.Cacao.Validation.Rules.References;
using Argus.Cacao.Validation.Rules.Variables;
using Argus.Testing;

namespace Argus.Cacao.Tests.Validation.Graph;

/// <summary>
/// The public corpus through the whole validator, looking only at the codes of the reference, graph and variable
/// rules (the structure rules answer for the rest of EXPECTED.md's verdicts).
/// </summary>
public sealed class CorpusGraphRuleTests
{
    private static readonly HashSet<string> OwnCodes =
        [.. ReferenceCodes.All, .. GraphCodes.All, .. VariableCodes.All];

    public static TheoryData<string, string, string> ExpectedErrors => new()
    {
        { "COSSAS_SOARCA__test_playbooks_playbook.json", "/workflow_start", ReferenceCodes.StartNotStartStep },
        { "COSSAS_SOARCA__test_playbooks_playbook.json", "/workflow_exception", ReferenceCodes.Unresolved },
        { "COSSAS_SOARCA__test_integration_api_routes_playbook.json", "/workflow_start", ReferenceCodes.StartNotStartStep },
        { "COSSAS_SOARCA__test_integration_api_routes_playbook.json", "/workflow_exception", ReferenceCodes.Unresolved },
        { "COSSAS_SOARCA__test_playbooks_parallels_playbook.json", "/workflow_start", ReferenceCodes.StartNotStartStep },
        { "COSSAS_SOARCA__test_playbooks_parallels_playbook.json", "/workflow_exception", ReferenceCodes.Unresolved },
        { "COSSAS_SOARCA__test_playbooks_infinite_playbook.json", "/workflow", GraphCodes.MissingStart },
        { "COSSAS_SOARCA__test_playbooks_infinite_playbook.json", "/workflow", GraphCodes.MissingEnd },
        {
            "COSSAS_SOARCA__test_playbooks_infinite_playbook.json",
            "/workflow/action--6b23c237-ade8-4d00-9aa1-75999738d557", GraphCodes.CycleNotWhile
        },
        {
            "COSSAS_SOARCA__test_playbooks_missing_step_playbook.json",
            "/workflow/action--2190f685-1857-44ac-ad0e-0ded6c6ef3ce/on_completion", ReferenceCodes.Unresolved
        },
        { "COSSAS_SOARCA__test_playbooks_invalid_playbook.json", "/workflow_start", ReferenceCodes.StartNotStartStep },
        { "COSSAS_SOARCA__test_playbooks_invalid_email_playbook.json", "/workflow_start", ReferenceCodes.StartNotStartStep },
        { "NaimCharfi_SOARCA__httpPlaybook.json", "/workflow_exception", ReferenceCodes.Unresolved },
        { "NaimCharfi_SOARCA__sshPlaybook.json", "/workflow_exception", ReferenceCodes.Unresolved },
        {
            "oasis-tcs_cacao__locky-bart-mbc-examples.json",
            "/workflow/action--191bce6e-2fea-4a7e-b4a5-c0d96f129a8d/targets/0", ReferenceCodes.Unresolved
        },
    };

    /// <summary>The files EXPECTED.md accepts: none may get an error from these rules.</summary>
    public static TheoryData<string> AcceptedFiles => new()
    {
        "oasis-tcs_cacao__spec-3.1-example.json",
        "oasis-tcs_cacao__basic-example-1.json",
        "COSSAS_SOARCA__example-playbooks_caldera_basic-step.json",
        "COSSAS_SOARCA__example-playbooks_caldera_consecutive-steps.json",
        "COSSAS_SOARCA__example-playbooks_caldera_used-response.json",
        "COSSAS_SOARCA__example-playbooks_caldera_flow-control.json",
        "COSSAS_SOARCA__examples_http-playbook.json",
        "COSSAS_SOARCA__examples_manual-playbook.json",
        "COSSAS_SOARCA__examples_openc2-playbook.json",
        "COSSAS_SOARCA__examples_powershell-playbook.json",
        "COSSAS_SOARCA__examples_ssh-playbook.json",
        "COSSAS_SOARCA__examples_ssh-kms-playbook.json",
        "MaartendeKruijf_soarca-webshell-example__playbook--12db7540.json",
        "MaartendeKruijf_soarca-webshell-example__playbook--300270f9_remove.json",
        "thecyberproject_SOARCA-wazuh-integration__starter-playbook.json",
    };

    [Theory]
    [MemberData(nameof(ExpectedErrors))]
    public void Validate_RejectedCorpusFile_ReportsTheExpectedError(string file, string path, string code)
    {
        var issues = OwnIssues(file);

        Assert.Contains(issues, i => i.Severity == IssueSeverity.Error && i.Path == path && i.Code == code);
    }

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public void Validate_AcceptedCorpusFile_ReportsNoErrorFromTheseRules(string file)
    {
        var issues = OwnIssues(file);

        Assert.DoesNotContain(issues, i => i.Severity == IssueSeverity.Error);
    }

    [Fact]
    public void Validate_SpecExample31_ReportsNothingFromTheseRules()
    {
        Assert.Empty(OwnIssues("oasis-tcs_cacao__spec-3.1-example.json"));
    }

    [Fact]
    public void Validate_CalderaFlowControl_WarnsThatBranchesShareEndSteps()
    {
        var issues = OwnIssues("COSSAS_SOARCA__example-playbooks_caldera_flow-control.json");

        Assert.All(issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Contains(issues, i => i.Code == GraphCodes.BranchSharedEnd
            && i.Path == "/workflow/while-condition--8c0872af-a071-48af-9bf9-a8ad7e137289/on_true");
    }

    [Fact]
    public void Validate_MissingStepPlaybook_WarnsAboutTheEndStepNothingReaches()
    {
        var issues = OwnIssues("COSSAS_SOARCA__test_playbooks_missing_step_playbook.json");

        Assert.Contains(issues, i => i.Code == GraphCodes.StepUnreachable
            && i.Path == "/workflow/end--6b23c237-ade8-4d00-9aa1-75999738d557");
    }

    private static List<ValidationIssue> OwnIssues(string file)
    {
        var path = Path.Combine(RepositoryPaths.RequireShared("cacao", "corpus"), file);
        var report = new PlaybookValidator().Validate(File.ReadAllBytes(path));
        return [.. report.Issues.Where(i => OwnCodes.Contains(i.Code))];
    }
}
