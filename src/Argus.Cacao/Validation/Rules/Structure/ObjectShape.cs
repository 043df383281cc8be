using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// A JSON object with named properties: reports a non-object, each missing required property (at the path the
/// property would have), each property value that breaks its shape, and, when the object's type is fully known,
/// each property the type does not define. Cross-property checks run last.
/// </summary>
internal sealed class ObjectShape
{
    // At most this many properties per object: the properties seen are tracked as bits of one ulong.
    private const int MaxProperties = 64;

    private readonly Utf8NameTable _names;
    // By property number, in the name table's order: each property's check, and its bit in the presence mask (0 when
    // it is not required). Kept apart so that a member costs two array reads and a call.
    private readonly ShapeCheck[] _checks;
    private readonly ulong[] _requiredBits;
    private readonly PropertyRule[] _required;
    private readonly ulong _allRequired;
    private readonly CrossCheck[] _crossChecks;
    private readonly bool _reportsUnknown;

    public ObjectShape(IEnumerable<PropertyRule> properties, bool reportsUnknown = true,
        params CrossCheck[] crossChecks)
    {
        // A later rule with the same name overrides an earlier one: specific types refine common properties.
        var byName = new Dictionary<string, PropertyRule>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            byName[property.Name] = property;
        }

        var defined = byName.Values.ToArray();
        if (defined.Length > MaxProperties)
        {
            throw new ArgumentException($"An object shape supports at most {MaxProperties} properties.", nameof(properties));
        }

        _required = [.. defined.Where(p => p.IsRequired)];
        _allRequired = _required.Length == MaxProperties ? ulong.MaxValue : (1UL << _required.Length) - 1;
        _checks = [.. defined.Select(p => p.Shape.Checker)];
        _requiredBits = [.. defined.Select(p => p.IsRequired ? 1UL << Array.IndexOf(_required, p) : 0)];
        _names = new Utf8NameTable([.. defined.Select(p => p.Name)]);
        _crossChecks = crossChecks;
        _reportsUnknown = reportsUnknown;
        Value = new ValueShape(Check);
    }

    /// <summary>This object shape used as the shape of a property value.</summary>
    public ValueShape Value { get; }

    /// <summary>The number of a defined property, as <see cref="ObjectMembers.At"/> takes it; -1 when it is not defined.</summary>
    public int IndexOf(string name) => _names.IndexOf(name);

    public void Check(ValidationContext context, TapeValue value, in PointerPath path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            JsonText.Mismatch(context, path, "an object", value);
            return;
        }

        var children = path.ForChildren(context.Paths);

        // Missing required properties are reported before the members' issues, but found in the same single pass
        // over the members: their errors are inserted where the members' issues begin.
        var firstMemberIssue = context.IssueCount;
        var present = 0UL;
        // Every defined property seen, and how many others: a repeated name among the defined ones shows as a bit
        // seen twice; the others are compared by the proof of unique names, which also reads their content.
        var seen = 0UL;
        var unknown = 0;
        // The members by entry, kept for the cross-checks only.
        var found = _crossChecks.Length == 0 ? null : context.Members.Rent(_checks.Length);
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = children.Append(member);
            var index = _names.IndexOf(member);
            if (index >= 0)
            {
                var bit = 1UL << index;
                if ((seen & bit) != 0)
                {
                    context.UniqueNames.Fail();
                }

                seen |= bit;
                present |= _requiredBits[index];
                _checks[index](context, member.Value, memberPath);
                if (found is not null)
                {
                    found[index] = member.Value;
                }
            }
            else
            {
                unknown++;
                context.UniqueNames.CheckAll(member.Value);
                if (_reportsUnknown)
                {
                    context.Warning(memberPath, ValidationCodes.PropertyUnknown,
                        $"The property {JsonText.Quote(member.Name)} is not defined for this object; it is kept but not interpreted.");
                }
            }
        }

        if (unknown > 1)
        {
            context.UniqueNames.CheckNames(value);
        }

        if (present != _allRequired)
        {
            ReportMissing(context, children, present, firstMemberIssue);
        }

        if (found is not null)
        {
            var members = new ObjectMembers(context, value, _names, found);
            foreach (var crossCheck in _crossChecks)
            {
                crossCheck(context, members, children);
            }

            context.Members.Return(found, _checks.Length);
        }

        context.Paths.Return(children);
    }

    private void ReportMissing(ValidationContext context, PointerPath path, ulong present, int position)
    {
        for (var i = 0; i < _required.Length; i++)
        {
            if ((present & (1UL << i)) == 0)
            {
                var name = _required[i].Name;
                context.InsertError(position++, path.Append(name), ValidationCodes.PropertyRequired,
                    $"The required property '{name}' is missing.");
            }
        }
    }
}
