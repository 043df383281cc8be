namespace Argus.Storage.Secrets;

/// <summary>Why a stored secret could not be decrypted.</summary>
public enum SecretFailure
{
    /// <summary>It was encrypted under another secrets key than the one this process holds.</summary>
    WrongKey,

    /// <summary>The key matches but the ciphertext fails authentication: altered, truncated, or moved to another row.</summary>
    Damaged,
}
