using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Argus.Server.Streaming;

/// <summary>Writes <c>text/event-stream</c> frames (HTML Living Standard, "Server-sent events") and flushes each.</summary>
internal sealed class ServerSentEventWriter(HttpResponse response, TimeProvider time)
{
    public DateTimeOffset LastWrite { get; private set; } = time.GetUtcNow();

    /// <summary>One event whose data is the JSON <paramref name="writeData"/> writes (one line: JSON has no raw newlines).</summary>
    public Task WriteEventAsync(string eventName, long? id, Action<Utf8JsonWriter> writeData, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Append(buffer, "event: " + eventName + "\n");
        if (id is { } sequence)
        {
            Append(buffer, "id: " + sequence.ToString(CultureInfo.InvariantCulture) + "\n");
        }

        Append(buffer, "data: ");
        using (var json = new Utf8JsonWriter(buffer))
        {
            writeData(json);
        }

        Append(buffer, "\n\n");
        return WriteAsync(buffer.WrittenMemory, cancellationToken);
    }

    /// <summary>A comment line, which clients ignore: keeps idle connections open.</summary>
    public Task WriteHeartbeatAsync(CancellationToken cancellationToken) =>
        WriteAsync(Encoding.UTF8.GetBytes(": heartbeat\n\n"), cancellationToken);

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        LastWrite = time.GetUtcNow();
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string text) => buffer.Write(Encoding.UTF8.GetBytes(text));
}
