using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Argus.Storage.Audit;

/// <summary>
/// The hash of one audit event: SHA-256 over its fields, each length-prefixed so no two different events
/// serialise alike, starting with the previous event's hash (empty for the first) — the chain.
/// </summary>
internal static class AuditEventHash
{
    public static string Compute(
        string previousHash, string organisation, long sequence, long occurredUs, string actor, string action, string subject, string details)
    {
        var text = new StringBuilder();
        foreach (var field in new[]
                 {
                     previousHash, organisation, sequence.ToString(CultureInfo.InvariantCulture),
                     occurredUs.ToString(CultureInfo.InvariantCulture), actor, action, subject, details,
                 })
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
