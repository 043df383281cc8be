namespace Argus.Execution.Engine;

/// <summary>
/// Makes the stable keys (<see cref="Status.StepInvocation.Key"/>) of the invocations of one branch: the branch's
/// prefix, the step id and an occurrence counter, so a step reached twice in the branch (a loop through pointers,
/// or again from <c>workflow_exception</c>) gets distinct keys. A branch runs its steps one after another, so the
/// counter needs no lock.
/// </summary>
internal sealed class BranchKeys
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly string _prefix;

    private BranchKeys(string prefix) => _prefix = prefix;

    /// <summary>The keys of the top-level playbook's branches.</summary>
    public static BranchKeys Root() => new("");

    /// <summary>The keys of a sub-branch of the invocation <paramref name="parentKey"/>: a parallel branch's index or
    /// a while loop's iteration tells sibling branches apart.</summary>
    public static BranchKeys Under(string parentKey, int? index) =>
        new(parentKey + (index is { } i ? $"[{i}]" : "") + "/");

    /// <summary>The key of the next invocation of <paramref name="stepId"/> in this branch.</summary>
    public string Next(string stepId)
    {
        var occurrence = _occurrences.GetValueOrDefault(stepId) + 1;
        _occurrences[stepId] = occurrence;
        return $"{_prefix}{stepId}#{occurrence}";
    }
}
