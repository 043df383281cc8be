namespace Argus.Storage.Secrets;

/// <summary>
/// A stored secret cannot be decrypted: broken configuration (the wrong secrets key) or a damaged database, never bad
/// input. The message names both key ids (hashes of the keys, not the keys) so an operator can tell which key is needed.
/// </summary>
public sealed class SecretDecryptionException : InvalidOperationException
{
    public SecretDecryptionException()
    {
    }

    public SecretDecryptionException(string message)
        : base(message)
    {
    }

    public SecretDecryptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SecretDecryptionException(SecretFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public SecretFailure Failure { get; }
}
