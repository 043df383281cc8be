using System.Security.Cryptography;

namespace Argus.Storage.Secrets;

/// <summary>
/// AES-256-GCM sealing of secrets. A sealed value is <c>format (1) · key id (8) · nonce (12) · tag (16) · ciphertext</c>;
/// the associated data binds it to its row and purpose, so a ciphertext copied to another actuator or organisation
/// fails authentication. The key is resolved on first use, so a database without secrets never needs one.
/// </summary>
internal sealed class SecretBox(Func<SecretKey> resolveKey)
{
    private const byte Format = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int HeaderLength = 1 + SecretKey.IdLength + NonceLength + TagLength;

    private readonly Lazy<SecretKey> _key = new(resolveKey, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The key's id (not the key), for messages and tests.</summary>
    public string KeyId => _key.Value.Id;

    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var key = _key.Value;
        var sealedValue = new byte[HeaderLength + plaintext.Length];
        sealedValue[0] = Format;
        key.IdBytes.CopyTo(sealedValue, 1);
        var nonce = sealedValue.AsSpan(1 + SecretKey.IdLength, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Key, TagLength);
        aes.Encrypt(nonce, plaintext, sealedValue.AsSpan(HeaderLength), sealedValue.AsSpan(1 + SecretKey.IdLength + NonceLength, TagLength),
            associatedData);
        return sealedValue;
    }

    /// <exception cref="SecretDecryptionException">Sealed under another key, or damaged.</exception>
    public byte[] Open(ReadOnlySpan<byte> sealedValue, ReadOnlySpan<byte> associatedData)
    {
        var key = _key.Value;
        if (sealedValue.Length < HeaderLength || sealedValue[0] != Format)
        {
            throw new SecretDecryptionException(SecretFailure.Damaged, "A stored secret is damaged: it is not in Argus's sealed format.");
        }

        var storedId = sealedValue.Slice(1, SecretKey.IdLength);
        if (!storedId.SequenceEqual(key.IdBytes))
        {
            throw new SecretDecryptionException(SecretFailure.WrongKey,
                $"A stored secret was encrypted with secrets key {Convert.ToHexStringLower(storedId)}, but this process holds key {key.Id} " +
                $"(from {key.Source}). Configure the key the secrets were written with ({StorageOptions.Section}:{nameof(StorageOptions.SecretsKey)} " +
                $"or {SecretKey.FileName} in the data directory).");
        }

        var plaintext = new byte[sealedValue.Length - HeaderLength];
        try
        {
            using var aes = new AesGcm(key.Key, TagLength);
            aes.Decrypt(sealedValue.Slice(1 + SecretKey.IdLength, NonceLength), sealedValue[HeaderLength..],
                sealedValue.Slice(1 + SecretKey.IdLength + NonceLength, TagLength), plaintext, associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new SecretDecryptionException(SecretFailure.Damaged,
                $"A stored secret fails authentication under key {key.Id}: it was altered or copied from another row.", ex);
        }
    }
}
