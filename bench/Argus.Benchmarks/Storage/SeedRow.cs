using System.Security.Cryptography;

namespace Argus.Benchmarks.Storage;

/// <summary>One playbook version to seed directly into <c>playbook_versions</c>.</summary>
internal sealed record SeedRow(
    string PlaybookId, string Modified, long ModifiedUs, byte[] Document, string Sha256, string Name, string Type, string Label,
    int Classification, string Status, long ImportedUs)
{
    private static readonly string[] Statuses = ["draft", "verified", "deprecated"];
    private static readonly string[] Labels = ["phishing", "ransomware", "ddos", "insider", "malware"];

    /// <summary>
    /// The rows of one organisation: <paramref name="playbooks"/> playbooks, every tenth with a second, newer version,
    /// spread over the ladder, statuses, types and labels by a seeded generator (the same data every run).
    /// </summary>
    public static IEnumerable<SeedRow> ForOrganisation(int organisationIndex, int playbooks, DateTimeOffset now)
    {
        var random = new Random(organisationIndex);
        var start = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < playbooks; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            var id = new Guid(bytes);
            var versions = i % 10 == 0 ? 2 : 1;
            for (var v = 0; v < versions; v++)
            {
                var modified = start.AddMinutes(random.Next(0, 60 * 24 * 700)).AddDays(v * 30);
                var name = $"Playbook {organisationIndex:D2}-{i:D6}";
                var type = BenchPlaybooks.Types[random.Next(BenchPlaybooks.Types.Length)];
                var label = Labels[random.Next(Labels.Length)];
                var document = BenchPlaybooks.Document(id, modified, name, type, label);
                yield return new SeedRow(
                    "playbook--" + id,
                    BenchPlaybooks.Stamp(modified),
                    (modified.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10,
                    document,
                    Convert.ToHexStringLower(SHA256.HashData(document)),
                    name,
                    type,
                    label,
                    random.Next(0, 5),
                    Statuses[random.Next(Statuses.Length)],
                    (now.AddDays(-random.Next(0, 90)).UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
            }
        }
    }
}
