namespace Argus.Storage.Sql;

/// <summary>Timestamps are stored as microseconds since the Unix epoch (UTC): the same sortable integer on both providers.</summary>
internal static class MicroTime
{
    public static long From(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    public static DateTimeOffset To(long microseconds) => DateTimeOffset.UnixEpoch.AddTicks(microseconds * TimeSpan.TicksPerMicrosecond);
}
