using Argus.Server.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Argus.Server.Authentication;

/// <summary>Registers JWT bearer authentication: local ES256 tokens, or an OIDC provider's.</summary>
public static class AuthenticationServiceCollectionExtensions
{
    public static IServiceCollection AddArgusAuthentication(this IServiceCollection services)
    {
        services.AddOptions<ArgusAuthenticationOptions>().BindConfiguration(ArgusAuthenticationOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !o.UsesOidc || !string.IsNullOrWhiteSpace(o.Audience),
                $"{ArgusAuthenticationOptions.Section}:Audience is required when an Authority is configured.")
            .ValidateOnStart();
        services.AddSingleton<LocalSigningKeyProvider>();
        services.AddHostedService(sp => sp.GetRequiredService<LocalSigningKeyProvider>());
        services.AddSingleton<CallerContextFactory>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<ArgusAuthenticationOptions>, LocalSigningKeyProvider>(Configure);
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, IOptions<ArgusAuthenticationOptions> options, LocalSigningKeyProvider keys)
    {
        var settings = options.Value;
        jwt.MapInboundClaims = false;
        jwt.SaveToken = false;
        jwt.IncludeErrorDetails = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateLifetime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ClockSkew = settings.ClockSkew,
            NameClaimType = settings.ClaimNames.Subject,
            RoleClaimType = settings.ClaimNames.Roles,
        };
        if (settings.UsesOidc)
        {
            jwt.Authority = settings.Authority;
            jwt.Audience = settings.Audience;
            jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            return;
        }

        jwt.TokenValidationParameters.ValidIssuer = LocalSigningKey.Issuer;
        jwt.TokenValidationParameters.ValidAudience = LocalSigningKey.Audience;
        jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256];
        jwt.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) =>
            keys.Current is { } key ? [key.Key] : [];
    }
}
