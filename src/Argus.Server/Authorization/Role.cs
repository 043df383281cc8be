namespace Argus.Server.Authorization;

/// <summary>What a caller may do. Roles are independent: holding one never implies another.</summary>
public enum Role
{
    /// <summary>Reads playbooks, versions and statistics.</summary>
    Viewer,

    /// <summary>Imports, validates and exports playbooks.</summary>
    Author,

    /// <summary>Changes a playbook's Argus status (draft, verified, deprecated).</summary>
    Approver,

    /// <summary>Executes playbooks and answers manual steps.</summary>
    Operator,

    /// <summary>Manages organisation settings and actuators.</summary>
    Admin,
}
