using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

/// <summary>
/// For each corpus file, the issues the structural rules must produce (EXPECTED.md). Other rule families add
/// their own issues; this test only asks for these, plus no errors at all where EXPECTED.md says "accept".
/// </summary>
public sealed class CorpusStructureTests
{
    private const string Soarca1 = "soarca--00010001-1000-1000-a000-000100010001";
    private const string Caldera = "/agent_definitions/caldera--4801fe91-cd09-4da3-a67d-3d69cd9fec7c";

    private static readonly string[] SixDigitTimestamps = ["W timestamp.precision /created", "W timestamp.precision /modified"];

    public static TheoryData<string, bool, string[]> Expectations { get; } = new()
    {
        { "oasis-tcs_cacao__spec-3.1-example.json", true, [] },
        { "oasis-tcs_cacao__basic-example-1.json", true, [] },
        { "oasis-tcs_cacao__basic-example-a-2-1.json", false, ["E property.required /target_definitions/security-category--3c1daf98-7e22-4e0c-bb8c-6bd78159ca5d/category"] },
        {
            "oasis-tcs_cacao__layout-example-playbook--aa1898b6.json", false,
            [
                "E property.required /workflow/action--4005472a-0b74-48c6-b04b-45bb8cf2b1ae/commands",
                "E property.required /workflow/action--4005472a-0b74-48c6-b04b-45bb8cf2b1ae/agent",
                "E property.required /workflow/action--9ae9e500-155e-4f63-a76e-a43856063f55/commands",
                "E property.required /workflow/action--9ae9e500-155e-4f63-a76e-a43856063f55/agent",
                "E property.required /workflow/switch-condition--72c55a11-5091-4714-8050-baa854d72eda/switch",
                "W property.unknown /playbook_extension",
            ]
        },
        {
            "oasis-tcs_cacao__locky-bart-mbc-examples.json", false,
            [
                "E identifier.duplicate-uuid /target_definitions/security-category--191bce6e-2fea-4a7e-b4a5-c0d96f129a8d",
                "W identifier.uuid-version /workflow/action--edd41723-869d-5a07-9971-55876c706533",
                "W vocabulary.unknown /agent_definitions/software--5e1cadae-7532-45d8-89f8-fe051a1e7df8/type",
                "W vocabulary.unknown /workflow/action--3fdb51db-2548-4beb-ab7d-f52b3ab1e5ed/commands/0/type",
            ]
        },
        {
            "cyentific-rni_cacao-bpmn__cacao-vulnerability-response-process.json", false,
            [
                "E property.required /workflow/if-condition--5060d144-9535-4b75-bea5-0b477f7249bf/condition",
                "E property.required /workflow/if-condition--71df8f84-78d8-43d4-97b7-2476eb8eeae9/condition",
                "E property.required /workflow/action--ba1b53c9-0a41-449e-b642-d7a44373bcda/commands",
                "E property.required /workflow/action--870a3b59-d945-423f-b46f-ff102a58e318/commands",
            ]
        },
        {
            "COSSAS_SOARCA__docs_executable-playbooks_example.json", false,
            [
                "E property.required /workflow/action--7fe08053-3685-4d8c-bc0a-40efce75113e/agent",
                "E property.required /workflow/action--a32cdbb6-403a-47c7-a35b-07430a8de3fd/agent",
                "E property.required /workflow/action--76fe4c02-6a5d-43ae-8736-433c07ab80b8/agent",
                "W identifier.prefix-mismatch /target_definitions/linux--c50901f4-3802-4b8f-9b19-e1e62cc8fac4",
            ]
        },
        { "COSSAS_SOARCA__example-playbooks_caldera_basic-step.json", true, [$"W identifier.prefix-mismatch {Caldera}", $"W vocabulary.unknown {Caldera}/type"] },
        { "COSSAS_SOARCA__example-playbooks_caldera_consecutive-steps.json", true, [$"W identifier.prefix-mismatch {Caldera}"] },
        { "COSSAS_SOARCA__example-playbooks_caldera_used-response.json", true, [$"W identifier.prefix-mismatch {Caldera}"] },
        { "COSSAS_SOARCA__example-playbooks_caldera_flow-control.json", true, [$"W identifier.prefix-mismatch {Caldera}"] },
        {
            "COSSAS_SOARCA__examples_fin-playbook.json", false,
            [
                "E timestamp.order /modified",
                "E identifier.malformed /agent_definitions/soarca-fin-pong-f896bb3b-bb37-429e-8ece-2d4286cf326d",
                "E identifier.malformed /workflow/action--2fd6bca0-24ed-4d74-8eae-da126a84f7c4/agent",
            ]
        },
        {
            "COSSAS_SOARCA__examples_http-playbook.json", true,
            [.. SixDigitTimestamps, "W playbook.activities-missing /playbook_activities", "W http.start-line-nonstandard /workflow/action--eb9372d4-d524-49fc-bf24-be26ea084779/commands/0/command"]
        },
        { "COSSAS_SOARCA__examples_manual-playbook.json", true, ["W identifier.prefix-mismatch /agent_definitions/soarca-manual-capability--7b0e98db-fa93-42aa-8511-e871c65131b1"] },
        { "COSSAS_SOARCA__examples_openc2-playbook.json", true, [.. SixDigitTimestamps, "W vocabulary.unknown /workflow/action--eb9372d4-d524-49fc-bf24-be26ea084779/commands/0/type"] },
        { "COSSAS_SOARCA__examples_powershell-playbook.json", true, ["W vocabulary.unknown /authentication_info_definitions/authentication-info--5a9c4caa-734b-4bd4-bbe1-fef0d426cf5a/type"] },
        { "COSSAS_SOARCA__examples_ssh-playbook.json", true, [.. SixDigitTimestamps, $"W vocabulary.unknown /agent_definitions/{Soarca1}/type"] },
        { "COSSAS_SOARCA__examples_ssh-kms-playbook.json", true, SixDigitTimestamps },
        { "COSSAS_SOARCA__test_playbooks_playbook.json", false, SixDigitTimestamps },
        { "COSSAS_SOARCA__test_integration_api_routes_playbook.json", false, SixDigitTimestamps },
        { "COSSAS_SOARCA__test_playbooks_parallels_playbook.json", false, [.. SixDigitTimestamps, "W property.unknown /workflow/parallel--a76dbc32-b739-427b-ae13-4ec703d5797e/agent"] },
        { "COSSAS_SOARCA__test_playbooks_infinite_playbook.json", false, SixDigitTimestamps },
        { "COSSAS_SOARCA__test_playbooks_missing_step_playbook.json", false, SixDigitTimestamps },
        {
            "COSSAS_SOARCA__test_playbooks_invalid_playbook.json", false,
            ["W vocabulary.unknown /agent_definitions/http-api--7e9174ec-a293-43df-a72d-471c79e276bf/type", "W identifier.prefix-mismatch /agent_definitions/http-api--7e9174ec-a293-43df-a72d-471c79e276bf"]
        },
        { "COSSAS_SOARCA__test_playbooks_invalid_email_playbook.json", false, SixDigitTimestamps },
        { "COSSAS_SOARCA__test_playbooks_changed-playbook.json", false, ["E type.mismatch /workflow"] },
        { "MaartendeKruijf_soarca-webshell-example__playbook--12db7540.json", true, [] },
        { "MaartendeKruijf_soarca-webshell-example__playbook--300270f9_remove.json", true, SixDigitTimestamps },
        {
            "NaimCharfi_SOARCA__httpPlaybook.json", false,
            ["E identifier.duplicate-uuid /workflow/start--300270f9-0e64-42c8-93cc-0927edbe3ae7", "W vocabulary.unknown /playbook_types/0"]
        },
        {
            "NaimCharfi_SOARCA__sshPlaybook.json", false,
            [
                "W vocabulary.legacy /authentication_info_definitions/private-key--b7ddc2ea-9f6a-4e82-8eaa-be202e942090/type",
                "W property.unknown /workflow/action--eb9372d4-d524-49fc-bf24-be26ea084779/commands/0/output_variable",
            ]
        },
        { "thecyberproject_SOARCA-wazuh-integration__starter-playbook.json", true, [] },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Validate_CorpusFile_ReportsTheStructuralIssuesExpectedMd(string fileName, bool isAccepted, string[] expected)
    {
        var report = new PlaybookValidator().Validate(CorpusFiles.Read(fileName));

        foreach (var line in expected)
        {
            var (severity, code, path) = (line[0] == 'E' ? IssueSeverity.Error : IssueSeverity.Warning, line.Split(' ')[1], line.Split(' ', 3)[2]);
            Assert.True(report.Issues.Any(i => i.Severity == severity && i.Code == code && i.Path == path),
                $"{fileName}: expected {line}; got: {TestPlaybooks.Describe(report)}");
        }

        if (isAccepted)
        {
            Assert.True(report.IsValid, $"{fileName} must have no errors; got: {TestPlaybooks.Describe(report)}");
        }
    }

    [Fact]
    public void Validate_SpecExample31_ReportsNoIssueAtAll()
    {
        var report = new PlaybookValidator().Validate(CorpusFiles.Read("oasis-tcs_cacao__spec-3.1-example.json"));

        report.AssertClean();
    }

    [Fact]
    public void Expectations_CoverEveryCorpusFile()
    {
        var named = Expectations.Select(row => (string)((ITheoryDataRow)row).GetData()[0]!).ToHashSet(StringComparer.Ordinal);

        var files = CorpusFiles.All().Select(Path.GetFileName);

        Assert.All(files, f => Assert.Contains(f!, named));
    }
}
