using System.Text;

namespace Argus.OpenC2.Transfer;

/// <summary>HTTP authentication for an actuator. <see cref="ToString"/> never shows a secret.</summary>
public abstract record OpenC2Authentication
{
    private OpenC2Authentication()
    {
    }

    public static OpenC2Authentication None { get; } = new NoAuthentication();

    /// <summary>The <c>Authorization</c> header value, or null for none.</summary>
    internal abstract string? HeaderValue { get; }

    public sealed record NoAuthentication : OpenC2Authentication
    {
        internal override string? HeaderValue => null;

        public override string ToString() => "none";
    }

    /// <summary><c>Authorization: Bearer &lt;token&gt;</c> (RFC 6750).</summary>
    public sealed record Bearer(string Token) : OpenC2Authentication
    {
        internal override string HeaderValue => "Bearer " + Token;

        public override string ToString() => "bearer (token hidden)";
    }

    /// <summary><c>Authorization: Basic base64(user:password)</c> (RFC 7617, UTF-8).</summary>
    public sealed record Basic(string UserName, string Password) : OpenC2Authentication
    {
        internal override string HeaderValue =>
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(UserName + ":" + Password));

        public override string ToString() => $"basic (user {UserName}, password hidden)";
    }
}
