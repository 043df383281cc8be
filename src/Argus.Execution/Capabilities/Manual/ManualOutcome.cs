namespace Argus.Execution.Capabilities.Manual;

/// <summary>An operator's verdict on a manual step.</summary>
public enum ManualOutcome
{
    Success,
    Failure,
}
