namespace Argus.Storage.Sql;

/// <summary>The last event of an organisation's chain, as recorded beside the organisation.</summary>
internal sealed record AuditHead(long Sequence, string Hash);
