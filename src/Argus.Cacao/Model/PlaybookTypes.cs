namespace Argus.Cacao.Model;

/// <summary>The values of the open vocabulary playbook-type-ov (CACAO 3.1.1).</summary>
public static class PlaybookTypes
{
    /// <summary><c>attack</c>.</summary>
    public const string Attack = "attack";

    /// <summary><c>detection</c>.</summary>
    public const string Detection = "detection";

    /// <summary><c>engagement</c>.</summary>
    public const string Engagement = "engagement";

    /// <summary><c>investigation</c>.</summary>
    public const string Investigation = "investigation";

    /// <summary><c>mitigation</c>.</summary>
    public const string Mitigation = "mitigation";

    /// <summary><c>notification</c>.</summary>
    public const string Notification = "notification";

    /// <summary><c>prevention</c>.</summary>
    public const string Prevention = "prevention";

    /// <summary><c>remediation</c>.</summary>
    public const string Remediation = "remediation";
}
