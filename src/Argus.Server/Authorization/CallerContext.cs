using System.Collections.Immutable;

namespace Argus.Server.Authorization;

/// <summary>Who is calling, from a validated token. Resolvers pass <see cref="Organization"/> and
/// <see cref="Clearance"/> to storage, which scopes every read and write with them.</summary>
/// <param name="User">The token's subject.</param>
/// <param name="Organization">The organisation the caller acts for.</param>
/// <param name="Clearance">The highest classification the caller may see.</param>
/// <param name="Roles">What the caller may do.</param>
public sealed record CallerContext(string User, string Organization, ClassificationLevel Clearance, ImmutableHashSet<Role> Roles)
{
    /// <summary>True when the caller holds <paramref name="role"/>.</summary>
    public bool HasRole(Role role) => Roles.Contains(role);

    /// <summary>True when the caller may see something classified at <paramref name="classification"/>.</summary>
    public bool MaySee(ClassificationLevel classification) => Clearance >= classification;
}
