using Argus.Server.Authentication;
using Argus.Server.Authorization;
using Argus.Server.Http;
using Argus.Server.Storage;
using Argus.Storage.Access;
using Argus.Storage.Executions;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Argus.Server.Streaming;

/// <summary>
/// <c>GET /executions/{id}/events</c>: an execution's status records as Server-Sent Events while it runs. Storage
/// scopes the execution by the caller's organisation and clearance (hidden answers 404 like missing); the stream
/// polls <see cref="IExecutionStore.GetInvocationsAsync"/> by change sequence, which is also each event's id, so a
/// client resumes with <c>Last-Event-ID</c>. It ends after an <c>end</c> event once the execution is final, when the
/// client goes away, when the host stops, or after <see cref="ExecutionEventsOptions.MaxStreamDuration"/>.
/// </summary>
internal sealed partial class ExecutionEventsEndpoint(
    IExecutionStore store,
    OrganisationRegistry organisations,
    CallerContextFactory callers,
    IGraphQLTextSerializer serializer,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    IOptions<ExecutionEventsOptions> options,
    ILogger<ExecutionEventsEndpoint> logger)
{
    public const string Path = "/executions/{id}/events";

    public async Task HandleAsync(HttpContext http, string id)
    {
        if (callers.Create(http.User) is not { } caller)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, FieldAccessValidationRule.UnauthenticatedCode,
                "Authentication is required: send a valid bearer token.").ConfigureAwait(false);
            return;
        }

        if (!caller.HasRole(Role.Viewer))
        {
            await WriteErrorAsync(http, StatusCodes.Status403Forbidden, FieldAccessValidationRule.ForbiddenCode,
                "Reading executions needs the viewer role.").ConfigureAwait(false);
            return;
        }

        var scope = await organisations.ScopeForAsync(caller, http.RequestAborted).ConfigureAwait(false);
        var execution = Guid.TryParse(id, out var executionId)
            ? await store.GetAsync(scope, executionId, http.RequestAborted).ConfigureAwait(false)
            : null;
        if (execution is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status404NotFound, "NOT_FOUND", "No such execution is visible to the caller.")
                .ConfigureAwait(false);
            return;
        }

        if (!TryReadLastEventId(http.Request, out var lastSequence))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "BAD_REQUEST", "Last-Event-ID must be a non-negative integer.")
                .ConfigureAwait(false);
            return;
        }

        var includeFlowControl = string.Equals(http.Request.Query["includeFlowControl"], "true", StringComparison.OrdinalIgnoreCase);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        stopping.CancelAfter(options.Value.MaxStreamDuration);
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // reverse proxies must not buffer the stream
        var writer = new ServerSentEventWriter(http.Response, time);
        using var logScope = logger.BeginScope(new Dictionary<string, object> { ["ExecutionId"] = executionId });
        StreamStarted(logger, executionId, lastSequence);
        try
        {
            await StreamAsync(writer, scope, execution, lastSequence, includeFlowControl, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The client left, the host is stopping or the stream reached its duration: a normal end, not a failure.
            StreamStopped(logger, executionId);
        }
    }

    private async Task StreamAsync(ServerSentEventWriter writer, AccessScope scope, StoredExecution execution, long lastSequence,
        bool includeFlowControl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await writer.WriteEventAsync("execution", null, json => ExecutionEventData.WriteExecution(json, execution), cancellationToken)
            .ConfigureAwait(false);
        var shown = execution;
        while (true)
        {
            // State first, records second: every record written before the execution became final is then read
            // before the end event.
            var current = await store.GetAsync(scope, execution.Id, cancellationToken).ConfigureAwait(false) ?? shown;
            var changed = await store.GetInvocationsAsync(scope, execution.Id, lastSequence, cancellationToken).ConfigureAwait(false);
            foreach (var invocation in changed)
            {
                lastSequence = Math.Max(lastSequence, invocation.ChangeSequence);
                if (includeFlowControl || invocation.ProducesStatusRecord)
                {
                    await writer.WriteEventAsync("status", invocation.ChangeSequence,
                        json => ExecutionEventData.WriteStatus(json, invocation), cancellationToken).ConfigureAwait(false);
                }
            }

            if (current.State != shown.State || current.CancelRequested != shown.CancelRequested || current.Attempt != shown.Attempt)
            {
                shown = current;
                await writer.WriteEventAsync("execution", null, json => ExecutionEventData.WriteExecution(json, current), cancellationToken)
                    .ConfigureAwait(false);
            }

            if (current.State is not (ExecutionState.Pending or ExecutionState.Running))
            {
                await writer.WriteEventAsync("end", null, json => ExecutionEventData.WriteExecution(json, current), cancellationToken)
                    .ConfigureAwait(false);
                return;
            }

            if (time.GetUtcNow() - writer.LastWrite >= settings.HeartbeatInterval)
            {
                await writer.WriteHeartbeatAsync(cancellationToken).ConfigureAwait(false);
            }

            await Task.Delay(settings.PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool TryReadLastEventId(HttpRequest request, out long sequence)
    {
        sequence = 0;
        var text = request.Headers["Last-Event-ID"].ToString();
        return text.Length == 0
            || (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out sequence));
    }

    private Task WriteErrorAsync(HttpContext http, int status, string code, string message) =>
        GraphQlResponseWriter.WriteErrorAsync(http.Response, modern: false, status, code, message, serializer, http.RequestAborted);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Debug, Message = "Streaming execution {ExecutionId} after change {LastSequence}")]
    private static partial void StreamStarted(ILogger logger, Guid executionId, long lastSequence);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Debug, Message = "Stream of execution {ExecutionId} stopped before the execution ended")]
    private static partial void StreamStopped(ILogger logger, Guid executionId);
}
