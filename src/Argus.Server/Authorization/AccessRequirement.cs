namespace Argus.Server.Authorization;

/// <summary>What a GraphQL field (or every field of a type) demands of the caller. Declared on the schema with
/// <see cref="AccessMetadata"/>; a field with none is denied.</summary>
public abstract record AccessRequirement
{
    private AccessRequirement()
    {
    }

    /// <summary>Any authenticated caller, whatever their roles (<c>me</c>, introspection, plumbing types).</summary>
    public static AccessRequirement AnyCaller { get; } = new AnyCallerRequirement();

    /// <summary>A caller holding <paramref name="role"/>.</summary>
    public static AccessRequirement Of(Role role) => new RoleRequirement(role);

    /// <summary>True when <paramref name="caller"/> meets the requirement.</summary>
    public abstract bool IsMetBy(CallerContext caller);

    /// <summary>Any authenticated caller.</summary>
    public sealed record AnyCallerRequirement : AccessRequirement
    {
        /// <inheritdoc />
        public override bool IsMetBy(CallerContext caller) => true;
    }

    /// <summary>A caller holding <paramref name="Role"/>.</summary>
    /// <param name="Role">The role demanded.</param>
    public sealed record RoleRequirement(Role Role) : AccessRequirement
    {
        /// <inheritdoc />
        public override bool IsMetBy(CallerContext caller) => caller.HasRole(Role);
    }
}
