using System.Collections.Immutable;

namespace Argus.OpenC2.Validation;

/// <summary>Every issue found in one message; valid when there is none.</summary>
public sealed record OpenC2ValidationReport(ImmutableArray<OpenC2Issue> Issues)
{
    public static OpenC2ValidationReport Valid { get; } = new(ImmutableArray<OpenC2Issue>.Empty);

    public bool IsValid => Issues.IsEmpty;
}
