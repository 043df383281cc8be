namespace Argus.Cacao.Model;

/// <summary>The values of the open vocabulary playbook-activity-type-ov (CACAO 3.1.2).</summary>
public static class PlaybookActivityTypes
{
    /// <summary><c>compose-content</c>.</summary>
    public const string ComposeContent = "compose-content";

    /// <summary><c>deliver-content</c>.</summary>
    public const string DeliverContent = "deliver-content";

    /// <summary><c>identify-audience</c>.</summary>
    public const string IdentifyAudience = "identify-audience";

    /// <summary><c>identify-channel</c>.</summary>
    public const string IdentifyChannel = "identify-channel";

    /// <summary><c>scan-system</c>.</summary>
    public const string ScanSystem = "scan-system";

    /// <summary><c>match-indicator</c>.</summary>
    public const string MatchIndicator = "match-indicator";

    /// <summary><c>analyze-collected-data</c>.</summary>
    public const string AnalyzeCollectedData = "analyze-collected-data";

    /// <summary><c>identify-indicators</c>.</summary>
    public const string IdentifyIndicators = "identify-indicators";

    /// <summary><c>scan-vulnerabilities</c>.</summary>
    public const string ScanVulnerabilities = "scan-vulnerabilities";

    /// <summary><c>configure-systems</c>.</summary>
    public const string ConfigureSystems = "configure-systems";

    /// <summary><c>restrict-access</c>.</summary>
    public const string RestrictAccess = "restrict-access";

    /// <summary><c>disconnect-system</c>.</summary>
    public const string DisconnectSystem = "disconnect-system";

    /// <summary><c>eliminate-risk</c>.</summary>
    public const string EliminateRisk = "eliminate-risk";

    /// <summary><c>revert-system</c>.</summary>
    public const string RevertSystem = "revert-system";

    /// <summary><c>restore-data</c>.</summary>
    public const string RestoreData = "restore-data";

    /// <summary><c>restore-capabilities</c>.</summary>
    public const string RestoreCapabilities = "restore-capabilities";

    /// <summary><c>map-network</c>.</summary>
    public const string MapNetwork = "map-network";

    /// <summary><c>identify-steps</c>.</summary>
    public const string IdentifySteps = "identify-steps";

    /// <summary><c>step-sequence</c>.</summary>
    public const string StepSequence = "step-sequence";

    /// <summary><c>prepare-engagement</c>.</summary>
    public const string PrepareEngagement = "prepare-engagement";

    /// <summary><c>execute-operation</c>.</summary>
    public const string ExecuteOperation = "execute-operation";

    /// <summary><c>analyze-engagement-results</c>.</summary>
    public const string AnalyzeEngagementResults = "analyze-engagement-results";
}
