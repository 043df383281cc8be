namespace Argus.Storage.Playbooks;

/// <summary>Which version to export and how.</summary>
/// <param name="PlaybookId">The CACAO <c>id</c>.</param>
/// <param name="Modified">The version's <c>modified</c> as written in it; null for the latest visible version.</param>
/// <param name="RedactSecrets">When true, passwords, tokens and private keys are removed from <c>authentication_info_definitions</c>.</param>
public sealed record ExportRequest(string PlaybookId, string? Modified = null, bool RedactSecrets = false);
