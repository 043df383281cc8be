using System.Buffers;
using System.Numerics;
using System.Text;

namespace Argus.Cacao.Primitives;

/// <summary>
/// The name of a CACAO variable as declared in <c>playbook_variables</c> or <c>step_variables</c> (spec section
/// 10.18): <c>__</c>, a letter, then letters, digits, <c>_</c>, <c>-</c> or <c>.</c>, then <c>__</c>, at most
/// <see cref="MaxLength"/> characters in all.
/// </summary>
/// <remarks>
/// The dot is not in the spec's character list, but SOARCA writes names such as <c>__should.execute.true__</c>, so
/// it is accepted. Nothing may follow the closing <c>__</c>, not even a line break.
/// </remarks>
public static class CacaoVariableName
{
    /// <summary>"MUST include the double underscore ... as part of the 250 ASCII character length limit".</summary>
    public const int MaxLength = 250;

    // "__" + a letter + "__".
    private const int MinLength = 5;

    // The characters after the first letter.
    private const string NameCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-";

    private static readonly SearchValues<char> NameChars = SearchValues.Create(NameCharacters);

    private static readonly SearchValues<byte> NameBytes = SearchValues.Create(Encoding.ASCII.GetBytes(NameCharacters));

    /// <summary>Whether <paramref name="name"/> is a well-formed variable name.</summary>
    /// <param name="name">The candidate name, such as <c>__target_ip__</c>.</param>
    /// <returns>True when the name has the declared form.</returns>
    public static bool IsValid(ReadOnlySpan<char> name) => IsValid(name, '_', NameChars);

    /// <summary>As <see cref="IsValid(ReadOnlySpan{char})"/>, on unescaped UTF-8 (every valid name is ASCII).</summary>
    internal static bool IsValid(ReadOnlySpan<byte> utf8Name) => IsValid(utf8Name, (byte)'_', NameBytes);

    private static bool IsValid<T>(ReadOnlySpan<T> name, T underscore, SearchValues<T> nameCharacters)
        where T : unmanaged, IEquatable<T>, IBinaryInteger<T>
    {
        if (name.Length is < MinLength or > MaxLength
            || !name.StartsWith([underscore, underscore]) || !name.EndsWith([underscore, underscore]))
        {
            return false;
        }

        var first = int.CreateTruncating(name[2]);
        return first is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') && name[3..^2].IndexOfAnyExcept(nameCharacters) < 0;
    }
}
