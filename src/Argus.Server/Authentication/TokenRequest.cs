using System.Collections.Immutable;
using Argus.Server.Authorization;

namespace Argus.Server.Authentication;

/// <summary>What a local token asserts.</summary>
/// <param name="User">The subject (<c>sub</c>).</param>
/// <param name="Organization">The organisation (<c>org</c>).</param>
/// <param name="Clearance">The clearance (<c>clearance</c>).</param>
/// <param name="Roles">The roles (<c>roles</c>, a JSON array).</param>
/// <param name="Lifetime">How long the token is valid from now.</param>
public sealed record TokenRequest(string User, string Organization, ClassificationLevel Clearance, ImmutableArray<Role> Roles, TimeSpan Lifetime);
