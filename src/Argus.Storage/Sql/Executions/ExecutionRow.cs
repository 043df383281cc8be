using Argus.Storage.Access;
using Argus.Storage.Executions;

namespace Argus.Storage.Sql.Executions;

/// <summary>An <c>executions</c> row as Dapper reads it; <see cref="ToExecution"/> makes the public record.</summary>
internal sealed class ExecutionRow
{
    /// <summary>The SELECT list matching this class, for a FROM item aliased <c>e</c>.</summary>
    public const string Columns =
        """
        e.id AS Id, e.organisation_id AS OrganisationId, e.classification AS Classification, e.clearance AS Clearance,
        e.requested_by AS RequestedBy, e.playbook_id AS PlaybookId, e.playbook_modified AS PlaybookModified, e.step_id AS StepId,
        e.mode AS Mode, e.state AS State, e.reason AS Reason, e.input_variables AS InputVariables, e.final_variables AS FinalVariables,
        e.created_us AS CreatedUs, e.started_us AS StartedUs, e.ended_us AS EndedUs, e.attempt AS Attempt,
        e.cancel_requested AS CancelRequested, e.worker_id AS WorkerId, e.lease_expires_us AS LeaseExpiresUs
        """;

    /// <summary>The same list without the alias, for a RETURNING clause.</summary>
    public static string Returning => Columns.Replace("e.", "", StringComparison.Ordinal);

    public string Id { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public int Classification { get; set; }
    public int Clearance { get; set; }
    public string RequestedBy { get; set; } = "";
    public string PlaybookId { get; set; } = "";
    public string PlaybookModified { get; set; } = "";
    public string? StepId { get; set; }
    public string Mode { get; set; } = "";
    public string State { get; set; } = "";
    public string? Reason { get; set; }
    public string InputVariables { get; set; } = "{}";
    public string? FinalVariables { get; set; }
    public long CreatedUs { get; set; }
    public long? StartedUs { get; set; }
    public long? EndedUs { get; set; }
    public int Attempt { get; set; }
    public bool CancelRequested { get; set; }
    public string? WorkerId { get; set; }
    public long? LeaseExpiresUs { get; set; }

    public StoredExecution ToExecution() => new()
    {
        Id = Guid.Parse(Id),
        Organisation = Access.OrganisationId.From(OrganisationId),
        Clearance = ClearanceLevelNames.IsDefined(Clearance, out var level)
            ? level.Value
            : throw new InvalidOperationException($"Stored clearance {Clearance} is not on the ladder."),
        RequestedBy = RequestedBy,
        PlaybookId = PlaybookId,
        PlaybookModified = PlaybookModified,
        StepId = StepId,
        Mode = ExecutionNames.ParseMode(Mode),
        State = ExecutionNames.ParseState(State),
        Reason = Reason,
        InputVariables = VariableJson.ReadMap(InputVariables),
        FinalVariables = VariableJson.ReadNullableMap(FinalVariables),
        CreatedAt = MicroTime.To(CreatedUs),
        StartedAt = StartedUs is { } started ? MicroTime.To(started) : null,
        EndedAt = EndedUs is { } ended ? MicroTime.To(ended) : null,
        Attempt = Attempt,
        CancelRequested = CancelRequested,
    };
}
