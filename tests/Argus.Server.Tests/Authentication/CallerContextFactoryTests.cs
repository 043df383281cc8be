using System.Security.Claims;
using Argus.Server.Authentication;
using Argus.Server.Authorization;
using Microsoft.Extensions.Options;

namespace Argus.Server.Tests.Authentication;

public sealed class CallerContextFactoryTests
{
    private static CallerContextFactory Factory(ClaimNameOptions? names = null) =>
        new(Options.Create(new ArgusAuthenticationOptions { ClaimNames = names ?? new ClaimNameOptions() }));

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "test"));

    [Fact]
    public void Create_RolesAsSeparateClaimsJsonArrayAndSpaces_ReadsThemAllAndIgnoresUnknown()
    {
        var principal = Principal(("sub", "u"), ("org", "o"), ("clearance", "confidential"),
            ("roles", "viewer"), ("roles", "[\"author\",\"wizard\"]"), ("roles", "operator ADMIN"));

        var caller = Factory().Create(principal);

        Assert.NotNull(caller);
        Assert.Equal(ClassificationLevel.Confidential, caller.Clearance);
        Assert.Equal([Role.Viewer, Role.Author, Role.Operator, Role.Admin], caller.Roles.Order());
    }

    [Fact]
    public void Create_MappedClaimNames_ReadsTheIdentityProvidersClaims()
    {
        var names = new ClaimNameOptions { Subject = "preferred_username", Organization = "tenant", Clearance = "level", Roles = "groups" };
        var principal = Principal(("preferred_username", "kim"), ("tenant", "cert-eu"), ("level", "SECRET"), ("groups", "approver"));

        var caller = Factory(names).Create(principal);

        Assert.Equal(new CallerContext("kim", "cert-eu", ClassificationLevel.Secret, [Role.Approver]).ToString(), caller?.ToString());
    }

    [Theory]
    [InlineData("sub")]
    [InlineData("org")]
    [InlineData("clearance")]
    public void Create_RequiredClaimMissing_ReturnsNull(string missing)
    {
        var claims = new[] { ("sub", "u"), ("org", "o"), ("clearance", "SECRET") }.Where(c => c.Item1 != missing).ToArray();

        Assert.Null(Factory().Create(Principal(claims)));
    }

    [Fact]
    public void Create_UnknownClearance_ReturnsNull()
    {
        Assert.Null(Factory().Create(Principal(("sub", "u"), ("org", "o"), ("clearance", "COSMIC"))));
    }

    [Theory]
    [InlineData("cert a")]
    [InlineData("../cert-a")]
    [InlineData("-cert")]
    public void Create_OrganizationStorageCannotName_ReturnsNull(string organization)
    {
        Assert.Null(Factory().Create(Principal(("sub", "u"), ("org", organization), ("clearance", "SECRET"))));
    }

    [Fact]
    public void Create_Anonymous_ReturnsNull()
    {
        Assert.Null(Factory().Create(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
