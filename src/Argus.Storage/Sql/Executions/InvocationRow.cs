using Argus.Storage.Executions;

namespace Argus.Storage.Sql.Executions;

/// <summary>A <c>step_invocations</c> row as Dapper reads it.</summary>
internal sealed class InvocationRow
{
    /// <summary>The SELECT list matching this class, for a FROM item aliased <c>i</c>.</summary>
    public const string Columns =
        """
        i.execution_id AS ExecutionId, i.record_id AS RecordId, i.invocation_key AS InvocationKey, i.step_id AS StepId,
        i.step_type AS StepType, i.branch_path AS BranchPath, i.iteration AS Iteration, i.status AS Status,
        i.record_json AS RecordJson, i.produces_status_record AS ProducesStatusRecord, i.outputs AS Outputs,
        i.sequence AS Sequence, i.change_sequence AS ChangeSequence, i.updated_us AS UpdatedUs
        """;

    public string ExecutionId { get; set; } = "";
    public string RecordId { get; set; } = "";
    public string InvocationKey { get; set; } = "";
    public string StepId { get; set; } = "";
    public string StepType { get; set; } = "";
    public string BranchPath { get; set; } = "";
    public int? Iteration { get; set; }
    public string Status { get; set; } = "";
    public string RecordJson { get; set; } = "";
    public bool ProducesStatusRecord { get; set; }
    public string Outputs { get; set; } = "{}";
    public long Sequence { get; set; }
    public long ChangeSequence { get; set; }
    public long UpdatedUs { get; set; }

    public StoredStepInvocation ToInvocation() => new()
    {
        ExecutionId = Guid.Parse(ExecutionId),
        RecordId = RecordId,
        InvocationKey = InvocationKey,
        StepId = StepId,
        StepType = StepType,
        BranchPath = BranchPath,
        Iteration = Iteration,
        Status = Status,
        RecordJson = RecordJson,
        ProducesStatusRecord = ProducesStatusRecord,
        Outputs = VariableJson.ReadMap(Outputs),
        Sequence = Sequence,
        ChangeSequence = ChangeSequence,
        UpdatedAt = MicroTime.To(UpdatedUs),
    };
}
