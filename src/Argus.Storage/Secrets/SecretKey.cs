using System.Security.Cryptography;
using System.Text;

namespace Argus.Storage.Secrets;

/// <summary>
/// The 256-bit AES key that encrypts stored secrets, held outside the database: a configured base64 value, or the file
/// <see cref="FileName"/> in the data directory, created on first use (owner-only) when nothing is configured.
/// <see cref="Id"/> (a hash prefix, not the key) travels with every ciphertext so a wrong key is recognised as such.
/// </summary>
internal sealed class SecretKey
{
    public const string FileName = "secrets.key";
    public const int Length = 32;
    public const int IdLength = 8;

    private SecretKey(byte[] key, string source)
    {
        Key = key;
        Source = source;
        IdBytes = SHA256.HashData([.. Encoding.ASCII.GetBytes("argus-secrets-key-id\n"), .. key])[..IdLength];
    }

    public byte[] Key { get; }

    public byte[] IdBytes { get; }

    public string Id => Convert.ToHexStringLower(IdBytes);

    /// <summary>Where the key came from, for messages: the configuration setting or the file's path.</summary>
    public string Source { get; }

    /// <summary>The configured key when given, else the data directory's key file (created when absent).</summary>
    /// <exception cref="InvalidOperationException">The configured key or the key file is not 32 bytes of base64.</exception>
    public static SecretKey Resolve(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.SecretsKey)
            ? LoadOrCreateFile(Path.Combine(options.DataDirectory, FileName))
            : FromBase64(options.SecretsKey, $"the configured {StorageOptions.Section}:{nameof(StorageOptions.SecretsKey)}");
    }

    public static SecretKey FromBase64(string text, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"The secrets key ({source}) is not base64.");
        }

        return key.Length == Length
            ? new SecretKey(key, source)
            : throw new InvalidOperationException($"The secrets key ({source}) must be {Length} bytes (base64), not {key.Length}.");
    }

    private static SecretKey LoadOrCreateFile(string path)
    {
        if (!File.Exists(path))
        {
            TryCreateFile(path);
        }

        return FromBase64(File.ReadAllText(path), "the key file " + Path.GetFullPath(path));
    }

    // Written to a temporary file and moved without overwriting: two processes starting together end up with one key,
    // and no reader ever sees a half-written file.
    private static void TryCreateFile(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!; // a full path always has a directory
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var key = RandomNumberGenerator.GetBytes(Length);
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(Convert.ToBase64String(key) + "\n");
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: its key wins.
            File.Delete(temporary);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
