using System.Security.Cryptography;
using Argus.Server.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Argus.Server.Authentication;

/// <summary>Keeps the local signing key in the data directory: created on first use (owner-only file), read after.</summary>
public static class LocalSigningKeyStore
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Loads the key from <paramref name="dataDirectory"/>, creating the directory and key when absent.</summary>
    public static async Task<LocalSigningKey> LoadOrCreateAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        DataDirectory.Ensure(dataDirectory);
        var path = Path.Combine(dataDirectory, LocalSigningKey.FileName);
        if (!File.Exists(path))
        {
            await TryCreateAsync(path, cancellationToken).ConfigureAwait(false);
        }

        var pem = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(pem);
        var key = new ECDsaSecurityKey(ecdsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return new LocalSigningKey(key);
    }

    private static async Task TryCreateAsync(string path, CancellationToken cancellationToken)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = ecdsa.ExportECPrivateKeyPem();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, options);
        }
        catch (IOException) when (File.Exists(path))
        {
            return; // another process (serve and token create started together) wrote it first: use theirs
        }

        await using (stream.ConfigureAwait(false))
        {
            await using var writer = new StreamWriter(stream);
            await writer.WriteAsync(pem.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }
}
