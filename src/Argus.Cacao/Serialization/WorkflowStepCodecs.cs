using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;

namespace Argus.Cacao.Serialization;

/// <summary>The codec of <see cref="WorkflowStep"/>: one member list per step type of CACAO 4.</summary>
internal static class WorkflowStepCodecs
{
    public static JsonCodec<WorkflowStep> Step { get; } = new PolymorphicCodec<WorkflowStep>()
        .Register(WorkflowStepTypes.Start, Tail(Head(new ObjectCodec<StartStep>(() => new StartStep()))))
        .Register(WorkflowStepTypes.End, Tail(Head(new ObjectCodec<EndStep>(() => new EndStep()))))
        .Register(WorkflowStepTypes.Action, Tail(Head(new ObjectCodec<ActionStep>(() => new ActionStep()))
            .AddValue("commands", JsonCodecs.ListOf(CommandDataCodec.Command), s => s.Commands, (s, v) => s with { Commands = v })
            .Add("agent", JsonCodecs.String, s => s.Agent, (s, v) => s with { Agent = v })
            .AddValue("targets", JsonCodecs.StringList, s => s.Targets, (s, v) => s with { Targets = v })
            .AddValue("in_args", JsonCodecs.StringList, s => s.InArgs, (s, v) => s with { InArgs = v })
            .AddValue("out_args", JsonCodecs.StringList, s => s.OutArgs, (s, v) => s with { OutArgs = v })))
        .Register(WorkflowStepTypes.PlaybookAction, Tail(Head(new ObjectCodec<PlaybookActionStep>(() => new PlaybookActionStep()))
            .Add("playbook_id", JsonCodecs.String, s => s.PlaybookId, (s, v) => s with { PlaybookId = v })
            .Add("playbook_version", JsonCodecs.String, s => s.PlaybookVersion, (s, v) => s with { PlaybookVersion = v })
            .AddValue("in_args", JsonCodecs.StringList, s => s.InArgs, (s, v) => s with { InArgs = v })
            .AddValue("out_args", JsonCodecs.StringList, s => s.OutArgs, (s, v) => s with { OutArgs = v })))
        .Register(WorkflowStepTypes.Parallel, Tail(Head(new ObjectCodec<ParallelStep>(() => new ParallelStep()))
            .AddValue("next_steps", JsonCodecs.StringList, s => s.NextSteps, (s, v) => s with { NextSteps = v })))
        .Register(WorkflowStepTypes.IfCondition, Tail(Head(new ObjectCodec<IfConditionStep>(() => new IfConditionStep()))
            .Add("condition", JsonCodecs.String, s => s.Condition, (s, v) => s with { Condition = v })
            .Add("on_true", JsonCodecs.String, s => s.OnTrue, (s, v) => s with { OnTrue = v })
            .Add("on_false", JsonCodecs.String, s => s.OnFalse, (s, v) => s with { OnFalse = v })))
        .Register(WorkflowStepTypes.WhileCondition, Tail(Head(new ObjectCodec<WhileConditionStep>(() => new WhileConditionStep()))
            .Add("condition", JsonCodecs.String, s => s.Condition, (s, v) => s with { Condition = v })
            .Add("on_true", JsonCodecs.String, s => s.OnTrue, (s, v) => s with { OnTrue = v })))
        .Register(WorkflowStepTypes.SwitchCondition, Tail(Head(new ObjectCodec<SwitchConditionStep>(() => new SwitchConditionStep()))
            .Add("switch", JsonCodecs.String, s => s.Switch, (s, v) => s with { Switch = v })
            .Add("cases", JsonCodecs.MapOf(JsonCodecs.String), s => s.Cases, (s, v) => s with { Cases = v })))
        .Fallback(type => new UnknownStep(type), Tail(Head(new ObjectCodec<UnknownStep>(() => new UnknownStep(null)))));

    // `with` on a WorkflowStep-typed value copies the derived record, so the casts back to TStep always hold.
    // The common members of 4.1, split so that a step built in code is written as type, name, ..., its own members,
    // then its next-step pointers; a step that was read keeps its source order instead.
    private static ObjectCodec<TStep> Head<TStep>(ObjectCodec<TStep> codec)
        where TStep : WorkflowStep
    {
        // The type is fixed by the record; reading it back changes nothing.
        return codec
            .Add("type", JsonCodecs.String, s => s.Type, (s, _) => s)
            .Add("name", JsonCodecs.String, s => s.Name, (s, v) => (TStep)((WorkflowStep)s with { Name = v }))
            .Add("description", JsonCodecs.String, s => s.Description, (s, v) => (TStep)((WorkflowStep)s with { Description = v }))
            .AddValue("external_references", DataTypeCodecs.ExternalReferences, s => s.ExternalReferences,
                (s, v) => (TStep)((WorkflowStep)s with { ExternalReferences = v }))
            .AddValue("delay", JsonCodecs.Int64, s => s.Delay, (s, v) => (TStep)((WorkflowStep)s with { Delay = v }))
            .AddValue("timeout", JsonCodecs.Int64, s => s.Timeout, (s, v) => (TStep)((WorkflowStep)s with { Timeout = v }))
            .Add("step_variables", DataTypeCodecs.Variables, s => s.StepVariables, (s, v) => (TStep)((WorkflowStep)s with { StepVariables = v }))
            .Add("owner", JsonCodecs.String, s => s.Owner, (s, v) => (TStep)((WorkflowStep)s with { Owner = v }));
    }

    private static ObjectCodec<TStep> Tail<TStep>(ObjectCodec<TStep> codec)
        where TStep : WorkflowStep
    {
        return codec
            .Add("on_completion", JsonCodecs.String, s => s.OnCompletion, (s, v) => (TStep)((WorkflowStep)s with { OnCompletion = v }))
            .Add("on_success", JsonCodecs.String, s => s.OnSuccess, (s, v) => (TStep)((WorkflowStep)s with { OnSuccess = v }))
            .Add("on_failure", JsonCodecs.String, s => s.OnFailure, (s, v) => (TStep)((WorkflowStep)s with { OnFailure = v }))
            .Add("step_extensions", JsonCodecs.RawMap, s => s.StepExtensions, (s, v) => (TStep)((WorkflowStep)s with { StepExtensions = v }));
    }
}
