namespace Argus.Server.Hosting;

/// <summary>What a caller of <see cref="ArgusServer"/> decides before configuration is read: command-line values
/// that override <c>appsettings.json</c> and <c>ARGUS_</c> environment variables.</summary>
/// <param name="Urls">Listen URLs (<c>--urls</c>), or null for configuration / the default.</param>
/// <param name="DataDirectory">The data directory (<c>--data</c>), or null.</param>
/// <param name="Database">A database connection string (<c>--database</c>), or null.</param>
public sealed record ArgusServerSettings(string? Urls = null, string? DataDirectory = null, string? Database = null)
{
    /// <summary>The address used when nothing else is configured.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    /// <summary>Further key/value configuration applied last (tests use it for limits).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
}
