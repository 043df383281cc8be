using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Argus.Server.Tests.Support;

/// <summary>One event of a <c>text/event-stream</c>.</summary>
public sealed record ServerSentEvent(string Event, string? Id, string Data)
{
    public JsonElement Json => JsonDocument.Parse(Data).RootElement;
}

/// <summary>A client of <c>GET /executions/{id}/events</c> on the in-memory host: opens the stream and reads events
/// one by one (comment lines skipped). Every read is bounded by a deadline so a broken stream fails instead of hanging.</summary>
public sealed class ServerSentEventStream : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _deadline;

    private ServerSentEventStream(HttpClient client, HttpResponseMessage response, StreamReader reader, CancellationTokenSource deadline)
    {
        _client = client;
        _response = response;
        _reader = reader;
        _deadline = deadline;
    }

    public HttpStatusCode Status => _response.StatusCode;

    public string? MediaType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<ServerSentEventStream> OpenAsync(ArgusServerFactory server, string executionId, string? token, long? lastEventId = null, string query = "")
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(Deadline);
        var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/executions/{Uri.EscapeDataString(executionId)}/events{query}");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
        var body = await response.Content.ReadAsStreamAsync(deadline.Token);
        return new ServerSentEventStream(client, response, new StreamReader(body, Encoding.UTF8), deadline);
    }

    /// <summary>The whole body of a non-stream answer (an error).</summary>
    public Task<string> ReadBodyAsync() => _reader.ReadToEndAsync(_deadline.Token);

    /// <summary>The next raw line (comments included), or null when the server closed the stream.</summary>
    public Task<string?> ReadLineAsync() => _reader.ReadLineAsync(_deadline.Token).AsTask();

    /// <summary>The next event, or null when the server closed the stream.</summary>
    public async Task<ServerSentEvent?> ReadEventAsync()
    {
        string? name = null;
        string? id = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(_deadline.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is null && data.Length == 0)
                {
                    continue; // the blank line after a comment
                }

                return new ServerSentEvent(name ?? "message", id, data.ToString());
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var separator = line.IndexOf(':', StringComparison.Ordinal);
            var field = separator < 0 ? line : line[..separator];
            var value = separator < 0 ? "" : line[(separator + 1)..].TrimStart(' ');
            switch (field)
            {
                case "event":
                    name = value;
                    break;
                case "id":
                    id = value;
                    break;
                case "data":
                    data.Append(data.Length > 0 ? "\n" : "").Append(value);
                    break;
            }
        }

        return null;
    }

    /// <summary>Reads events up to and including the first named <paramref name="eventName"/> (bounded by the deadline).</summary>
    public async Task<List<ServerSentEvent>> ReadUntilAsync(string eventName)
    {
        var events = new List<ServerSentEvent>();
        while (await ReadEventAsync() is { } next)
        {
            events.Add(next);
            if (next.Event == eventName)
            {
                break;
            }
        }

        return events;
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _client.Dispose();
        _deadline.Dispose();
        await Task.CompletedTask;
    }
}
