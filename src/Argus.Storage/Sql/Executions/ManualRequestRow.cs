using Argus.Storage.Executions;

namespace Argus.Storage.Sql.Executions;

/// <summary>A <c>manual_requests</c> row as Dapper reads it.</summary>
internal sealed class ManualRequestRow
{
    /// <summary>The SELECT list matching this class, for a FROM item aliased <c>m</c>.</summary>
    public const string Columns =
        """
        m.execution_id AS ExecutionId, m.request_id AS RequestId, m.record_id AS RecordId, m.step_id AS StepId, m.prompt AS Prompt,
        m.expected_variables AS ExpectedVariables, m.requested_us AS RequestedUs, m.answer_outcome AS AnswerOutcome,
        m.answer_variables AS AnswerVariables, m.answered_by AS AnsweredBy, m.answered_us AS AnsweredUs
        """;

    public string ExecutionId { get; set; } = "";
    public string RequestId { get; set; } = "";
    public string RecordId { get; set; } = "";
    public string StepId { get; set; } = "";
    public string Prompt { get; set; } = "";
    public string ExpectedVariables { get; set; } = "[]";
    public long RequestedUs { get; set; }
    public string? AnswerOutcome { get; set; }
    public string? AnswerVariables { get; set; }
    public string? AnsweredBy { get; set; }
    public long? AnsweredUs { get; set; }

    public StoredManualRequest ToRequest() => new()
    {
        ExecutionId = Guid.Parse(ExecutionId),
        RequestId = RequestId,
        RecordId = RecordId,
        StepId = StepId,
        Prompt = Prompt,
        ExpectedVariables = VariableJson.ReadList(ExpectedVariables),
        RequestedAt = MicroTime.To(RequestedUs),
        Answer = AnswerOutcome is null ? null : new ManualAnswerSubmission(AnswerOutcome, VariableJson.ReadMap(AnswerVariables ?? "{}")),
        AnsweredBy = AnsweredBy,
        AnsweredAt = AnsweredUs is { } answered ? MicroTime.To(answered) : null,
    };
}
