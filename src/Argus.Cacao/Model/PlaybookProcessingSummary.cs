namespace Argus.Cacao.Model;

/// <summary>Which features a playbook uses (CACAO 10.14 playbook-processing-summary).</summary>
public sealed record PlaybookProcessingSummary : CacaoObject
{
    /// <summary>The playbook contains manual steps (<c>manual_playbook</c>).</summary>
    public bool? ManualPlaybook { get; init; }

    /// <summary>The playbook calls other playbooks (<c>external_playbooks</c>).</summary>
    public bool? ExternalPlaybooks { get; init; }

    /// <summary>The playbook uses parallel steps (<c>parallel_processing</c>).</summary>
    public bool? ParallelProcessing { get; init; }

    /// <summary>The playbook uses if-condition steps (<c>if_logic</c>).</summary>
    public bool? IfLogic { get; init; }

    /// <summary>The playbook uses while-condition steps (<c>while_logic</c>).</summary>
    public bool? WhileLogic { get; init; }

    /// <summary>The playbook uses switch-condition steps (<c>switch_logic</c>).</summary>
    public bool? SwitchLogic { get; init; }

    /// <summary>The playbook uses delays or timeouts (<c>temporal_logic</c>).</summary>
    public bool? TemporalLogic { get; init; }

    /// <summary>The playbook carries data markings (<c>data_markings</c>).</summary>
    public bool? DataMarkings { get; init; }

    /// <summary>The playbook is signed (<c>digital_signatures</c>).</summary>
    public bool? DigitalSignatures { get; init; }

    /// <summary>The playbook has countersignatures (<c>countersigned_signatures</c>).</summary>
    public bool? CountersignedSignatures { get; init; }

    /// <summary>The playbook uses extensions (<c>extensions</c>).</summary>
    public bool? Extensions { get; init; }
}
