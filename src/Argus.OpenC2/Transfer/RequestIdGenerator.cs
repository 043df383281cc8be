using System.Security.Cryptography;

namespace Argus.OpenC2.Transfer;

/// <summary>
/// Random (version 4) UUIDs as HTTPS v1.1 §3.3.3 recommends, drawn from a buffer of cryptographic random bytes that
/// is refilled 32 ids at a time: one system call per 32 commands instead of one per command.
/// </summary>
internal sealed class RequestIdGenerator
{
    private const int IdsPerRefill = 32;
    private readonly Lock _lock = new();
    private readonly byte[] _random = new byte[16 * IdsPerRefill];
    private int _next = IdsPerRefill;

    public string Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_lock)
        {
            if (_next == IdsPerRefill)
            {
                RandomNumberGenerator.Fill(_random);
                _next = 0;
            }

            _random.AsSpan(16 * _next++, 16).CopyTo(bytes);
        }

        // RFC 9562 §5.4: version 4 in the high nibble of octet 6, variant 10 in the top bits of octet 8.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
