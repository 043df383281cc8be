using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Argus.Server.Authorization;

/// <summary>Declares and reads <see cref="AccessRequirement"/>s on schema elements.</summary>
/// <remarks>
/// Root fields (of Query and Mutation) must declare their own requirement. A field of any other type may declare
/// one or take its type's (<see cref="SetAccess"/> on the type); a field with neither is denied by
/// <see cref="FieldAccessValidationRule"/> and reported by <see cref="SchemaAccessAudit"/>.
/// </remarks>
public static class AccessMetadata
{
    /// <summary>The metadata key holding the requirement.</summary>
    public const string Key = "argus:access";

    /// <summary>Only callers holding <paramref name="role"/> may select this field.</summary>
    public static FieldBuilder<TSource, TReturn> RequiresRole<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, Role role)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.FieldType.SetAccess(AccessRequirement.Of(role));
        return builder;
    }

    /// <summary>Any authenticated caller may select this field.</summary>
    public static FieldBuilder<TSource, TReturn> AllowsAnyCaller<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.FieldType.SetAccess(AccessRequirement.AnyCaller);
        return builder;
    }

    /// <summary>Sets the requirement of a field, or the default for every field of a type.</summary>
    public static void SetAccess(this IProvideMetadata target, AccessRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(requirement);
        target.Metadata[Key] = requirement;
    }

    /// <summary>The requirement declared on <paramref name="target"/> itself, or null.</summary>
    public static AccessRequirement? GetAccess(this IProvideMetadata target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.GetMetadata<AccessRequirement?>(Key);
    }

    /// <summary>The requirement that governs <paramref name="field"/> of <paramref name="parent"/>: the field's own,
    /// else (outside the root types) its type's; null means undeclared, which denies.</summary>
    public static AccessRequirement? Resolve(ISchema schema, IGraphType parent, FieldType field)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(field);
        parent = parent.GetNamedType(); // validation reports the enclosing field's type, possibly NonNull/List-wrapped
        if (field.Name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal))
        {
            // Introspection: every authenticated caller may read the schema (anonymous callers never get this far).
            return AccessRequirement.AnyCaller;
        }

        if (field.GetAccess() is { } own)
        {
            return own;
        }

        var isRoot = ReferenceEquals(parent, schema.Query) || ReferenceEquals(parent, schema.Mutation)
            || ReferenceEquals(parent, schema.Subscription);
        return isRoot ? null : parent.GetAccess();
    }
}
