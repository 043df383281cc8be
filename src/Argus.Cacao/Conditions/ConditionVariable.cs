namespace Argus.Cacao.Conditions;

/// <summary>The current type and value of a CACAO variable, as a condition sees it.</summary>
/// <param name="Type">The CACAO variable type (variable-type-ov): <c>integer</c>, <c>long</c>, <c>float</c>, <c>bool</c>,
/// <c>ipv4-addr</c>, <c>ipv6-addr</c>, <c>mac-addr</c>, <c>uuid</c>, <c>md5-hash</c>, <c>sha256-hash</c>, <c>hash</c>,
/// <c>hexstring</c>, <c>string</c>, <c>uri</c>, <c>dictionary</c>; other types compare as strings.</param>
/// <param name="Value">The value in its CACAO JSON string encoding (<c>"123"</c>, <c>"true"</c>, the JSON text of a
/// dictionary); null when the value is unknown (a JSON null).</param>
public sealed record ConditionVariable(string Type, string? Value);
