using System.Collections.Immutable;
using Argus.Cacao.Model;
using Argus.Cacao.Model.Workflow;
using FsCheck;
using FsCheck.Fluent;
using static Argus.Cacao.Tests.Serialization.GenBuild;
using static Argus.Cacao.Tests.Serialization.JsonGenerators;

namespace Argus.Cacao.Tests.Serialization;

/// <summary>Generators of every workflow step type, custom types included.</summary>
internal static class StepGenerators
{
    private static readonly Gen<string> StepId = Gen.Elements("start--1", "action--2", "end--3", "if-condition--4");
    private static readonly Gen<ImmutableArray<string>> StepIds =
        Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(StepId, n)).Select(ids => ids.ToImmutableArray());

    public static Gen<WorkflowStep> Step { get; } = Gen.OneOf(
            Gen.Constant<WorkflowStep>(new StartStep()),
            Gen.Constant<WorkflowStep>(new EndStep()),
            Action,
            PlaybookAction,
            Build(new ParallelStep())
                .Maybe(StepIds, (s, v) => s with { NextSteps = v }).Gen.Select(s => (WorkflowStep)s),
            Build(new IfConditionStep())
                .Maybe(Text, (s, v) => s with { Condition = v })
                .Maybe(StepId, (s, v) => s with { OnTrue = v })
                .Maybe(StepId, (s, v) => s with { OnFalse = v }).Gen.Select(s => (WorkflowStep)s),
            Build(new WhileConditionStep())
                .Maybe(Text, (s, v) => s with { Condition = v })
                .Maybe(StepId, (s, v) => s with { OnTrue = v }).Gen.Select(s => (WorkflowStep)s),
            Build(new SwitchConditionStep())
                .Maybe(Text, (s, v) => s with { Switch = v })
                .Maybe(MapOf("case", StepId), (s, v) => s with { Cases = v }).Gen.Select(s => (WorkflowStep)s),
            Gen.Elements<string?>("loop", "manual-gate", null).Select(t => (WorkflowStep)new UnknownStep(t)))
        .SelectMany(step => Build(step)
            .Maybe(Text, (s, v) => s with { Name = v })
            .Maybe(Text, (s, v) => s with { Description = v })
            .Maybe(PlaybookGenerators.ExternalReferences, (s, v) => s with { ExternalReferences = v })
            .Maybe(Gen.Choose(0, 100000).Select(i => (long)i), (s, v) => s with { Delay = v })
            .Maybe(Gen.Choose(-5, 100000).Select(i => (long)i), (s, v) => s with { Timeout = v })
            .Maybe(PlaybookGenerators.Variables, (s, v) => s with { StepVariables = v })
            .Maybe(PlaybookGenerators.Id("identity"), (s, v) => s with { Owner = v })
            .Maybe(StepId, (s, v) => s with { OnCompletion = v })
            .Maybe(StepId, (s, v) => s with { OnSuccess = v })
            .Maybe(StepId, (s, v) => s with { OnFailure = v })
            .Maybe(Extensions, (s, v) => s with { StepExtensions = v })
            .Maybe(Unknown, (s, v) => s with { Unknown = v }).Gen);

    public static Gen<OrderedMap<WorkflowStep>> Workflow { get; } = MapOf("step--", Step, 5);

    private static Gen<WorkflowStep> Action => Build(new ActionStep())
        .Maybe(Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(PlaybookGenerators.Command, n)).Select(c => c.ToImmutableArray()),
                (s, v) => s with { Commands = v })
        .Maybe(PlaybookGenerators.Id("individual"), (s, v) => s with { Agent = v })
        .Maybe(TextList, (s, v) => s with { Targets = v })
        .Maybe(TextList, (s, v) => s with { InArgs = v })
        .Maybe(TextList, (s, v) => s with { OutArgs = v }).Gen
        .Select(s => (WorkflowStep)s);

    private static Gen<WorkflowStep> PlaybookAction => Build(new PlaybookActionStep())
        .Maybe(PlaybookGenerators.Id("playbook"), (s, v) => s with { PlaybookId = v })
        .Maybe(Gen.Constant("2023-11-20T15:56:00.123456Z"), (s, v) => s with { PlaybookVersion = v })
        .Maybe(TextList, (s, v) => s with { InArgs = v })
        .Maybe(TextList, (s, v) => s with { OutArgs = v }).Gen
        .Select(s => (WorkflowStep)s);
}
