using Argus.Execution.Status;
using Argus.Server.Authorization;
using Argus.Server.GraphQL.Executions;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>ExecutionStatusRecord</c>: one execution-status object as typed fields, as the seed-exact
/// JSON, and Argus's bookkeeping beside it.</summary>
internal sealed class ExecutionStatusRecordType : ObjectGraphType<ExecutionStatusView>
{
    public ExecutionStatusRecordType()
    {
        Name = "ExecutionStatusRecord";
        Description = "The latest snapshot of one step invocation: the seed's execution-status object (typed, and as json) plus Argus bookkeeping.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StringGraphType>>("id").Description("execution-status--<uuid>.").Resolve(c => c.Source.Record.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("Always execution-status.").Resolve(c => c.Source.Record.Type);
        Field<NonNullGraphType<StringGraphType>>("workflowId").Description("The playbook's id (workflow_id).").Resolve(c => c.Source.Record.WorkflowId);
        Field<NonNullGraphType<StringGraphType>>("workflowStep").Description("The step's id (workflow_step).").Resolve(c => c.Source.Record.WorkflowStep);
        Field<NonNullGraphType<StringGraphType>>("startTime").Description("start_time as written: RFC 3339, UTC, milliseconds.")
            .Resolve(c => CacaoTimestamp.Format(c.Source.Record.StartTime));
        Field<LongGraphType>("duration").Description("Milliseconds; null while ongoing.").Resolve(c => c.Source.Record.Duration);
        Field<NonNullGraphType<ExecutionStatusEnumType>>("status").Resolve(c => c.Source.Record.Status);
        Field<StringGraphType>("statusText").Resolve(c => c.Source.Record.StatusText);
        Field<StringGraphType>("executedBy").Description("The agent that executed the step.").Resolve(c => c.Source.Record.ExecutedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("commandB64")
            .Description("Base64 of each command as executed, credentials redacted.").Resolve(c => c.Source.Record.CommandB64.ToArray());
        Field<StringGraphType>("notes").Resolve(c => c.Source.Record.Notes);
        Field<NonNullGraphType<BooleanGraphType>>("automatedExecution").Resolve(c => c.Source.Record.AutomatedExecution);
        Field<NonNullGraphType<StringGraphType>>("json").Description("The execution-status object exactly as stored (seed property names).")
            .Resolve(c => c.Source.Invocation.RecordJson);
        Field<NonNullGraphType<StringGraphType>>("invocationKey").Description("The engine's stable key of the invocation.")
            .Resolve(c => c.Source.Invocation.InvocationKey);
        Field<NonNullGraphType<StringGraphType>>("stepType").Description("The CACAO step type (action, playbook-action, if-condition, …).")
            .Resolve(c => c.Source.Invocation.StepType);
        Field<NonNullGraphType<StringGraphType>>("branchPath").Description("Where in the workflow the step ran: / at the top level.")
            .Resolve(c => c.Source.Invocation.BranchPath);
        Field<IntGraphType>("iteration").Description("The enclosing while loop's iteration (1-based), null outside loops.")
            .Resolve(c => c.Source.Invocation.Iteration);
        Field<NonNullGraphType<BooleanGraphType>>("exported").Description("False for flow-control steps, which are tracked but not exported as execution-status objects.")
            .Resolve(c => c.Source.Invocation.ProducesStatusRecord);
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Order of first insertion within the execution.")
            .Resolve(c => c.Source.Invocation.Sequence);
        Field<NonNullGraphType<LongGraphType>>("changeSequence").Description("Order of the last change within the execution (the event id of the live stream).")
            .Resolve(c => c.Source.Invocation.ChangeSequence);
    }
}
