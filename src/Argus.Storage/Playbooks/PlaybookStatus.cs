namespace Argus.Storage.Playbooks;

/// <summary>Argus's editorial status of a playbook version, kept beside the CACAO document.</summary>
public enum PlaybookStatus
{
    Draft,
    Verified,
    Deprecated,
}
