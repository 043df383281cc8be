using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
using Argus.Cacao.Vocabularies;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// The <c>address</c> of network agents and targets (section 7.8): keys dname/ipv4/ipv6/l2mac/vlan/url, each a
/// list of strings. A value using a variable (<c>__ip__:value</c>) is only known at run time and is accepted as is.
/// </summary>
internal static class AddressShape
{
    public static ValueShape Address { get; } = new(Check);

    public static ValueShape Port { get; } = new((context, value, in path) =>
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            JsonText.Mismatch(context, path, "a string", value);
            return;
        }

        var text = JsonText.StringOf(value);
        if (!VariableText.ContainsReference(text)
            && !(text.Length <= 5 && text.All(char.IsAsciiDigit) && int.TryParse(text, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535))
        {
            context.Error(path, ValidationCodes.PortInvalid, $"{JsonText.Quote(text)} is not a TCP/UDP port number (1 to 65535).");
        }
    });

    private static void Check(ValidationContext context, TapeValue value, in PointerPath path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            JsonText.Mismatch(context, path, "an object keyed by address type", value);
            return;
        }

        context.UniqueNames.CheckAll(value);

        var children = path.ForChildren();
        foreach (var member in value.EnumerateObject())
        {
            var memberPath = children.Append(member);
            if (!CacaoVocabularies.AddressTypes.Contains(member.Name))
            {
                context.Error(memberPath, ValidationCodes.AddressType,
                    $"{JsonText.Quote(member.Name)} is not an address type; use dname, ipv4, ipv6, l2mac, vlan or url.");
            }

            if (member.Value.ValueKind != JsonValueKind.Array)
            {
                JsonText.Mismatch(context, memberPath, "an array of strings", member.Value);
                continue;
            }

            var index = 0;
            memberPath = memberPath.ForChildren();
            foreach (var item in member.Value.EnumerateArray())
            {
                var itemPath = memberPath.Append(index++);
                if (item.ValueKind != JsonValueKind.String)
                {
                    // Spec 7.8: "each value MUST be a list of string" (the schema's vlan numbers are a bug).
                    JsonText.Mismatch(context, itemPath, "a string", item);
                }
                else if (item.GetString() is { } text && !VariableText.ContainsReference(text) && !IsValid(member.Name, text))
                {
                    context.Error(itemPath, ValidationCodes.AddressFormat, $"{JsonText.Quote(text)} is not a valid {member.Name} address.");
                }
            }
        }
    }

    private static bool IsValid(string type, string text) => type switch
    {
        "ipv4" => IsIpv4(text),
        "ipv6" => text.Contains(':') && IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6,
        "l2mac" => IsMac(text),
        "vlan" => text.Length is >= 1 and <= 4 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) <= 4095,
        "url" => Uri.TryCreate(text, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host),
        "dname" => text.Length > 0,
        _ => true,
    };

    private static bool IsIpv4(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit)
            && int.Parse(p, CultureInfo.InvariantCulture) <= 255);
    }

    // The schema's form: six pairs of hex digits separated by colons.
    private static bool IsMac(string text) =>
        text.Length == 17 && Enumerable.Range(0, 17).All(i => i % 3 == 2 ? text[i] == ':' : char.IsAsciiHexDigit(text[i]));
}
