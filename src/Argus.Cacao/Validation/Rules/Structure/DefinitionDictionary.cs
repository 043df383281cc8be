using System.Runtime.InteropServices;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Primitives;
using Argus.Cacao.Validation.Reading;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// A dictionary of objects keyed by their identifiers (<c>workflow</c>, <c>agent_definitions</c>, …): every key
/// must be an identifier whose object type equals the object's <c>type</c> (a mismatch warns: vocabularies are
/// open) and whose UUID is version 4.
/// </summary>
internal static class DefinitionDictionary
{
    /// <summary>Checks the playbook dictionary in <paramref name="slot"/>, when it is an object.</summary>
    /// <remarks>A missing dictionary or a wrong JSON type is reported by the playbook's own shape, not here.</remarks>
    /// <param name="context">The validation under way.</param>
    /// <param name="slot">The dictionary's <see cref="PlaybookMember"/> slot.</param>
    /// <param name="entry">The shape of its entries.</param>
    /// <param name="uuidVersionIsMust">Whether a UUID version other than 4 breaks a MUST rather than a SHOULD.</param>
    public static void Check(ValidationContext context, int slot, TypedObjectShape entry, bool uuidVersionIsMust = false)
    {
        if (!context.Reading.Playbook.TryGetObject(slot, out var dictionary))
        {
            context.IdentifierUuids.Cover(slot);
            return;
        }

        var path = PointerPath.Root.Append(PlaybookMember.NameOf(slot));
        path = path.ForChildren(context.Paths);
        // Well-formed keys with UUIDs not seen before are distinct names; only otherwise are the names compared.
        var keysDistinct = true;
        var position = 0;
        foreach (var member in dictionary.EnumerateObject())
        {
            var site = IdentifierSite.DictionaryKey(slot, position++);
            var memberPath = path.Append(member);
            var type = entry.CheckTyped(context, member.Value, memberPath);
            if (IsWellFormedKey(context, member, site, type, ref keysDistinct))
            {
                continue;
            }

            // Keys read in place were added by IsWellFormedKey; escaped ones are decoded.
            if (JsonMarshal.GetRawUtf8PropertyName(member).IndexOf((byte)'\\') >= 0)
            {
                context.IdentifierUuids.AddDecoded(member.Name, site);
            }

            if (!IdentifierText.TryParse(context, member.Name, memberPath, out var key))
            {
                continue;
            }

            if (type.ValueKind == JsonValueKind.String && type.GetString()! is var typeText && typeText != key.ObjectType)
            {
                context.Warning(memberPath, ValidationCodes.IdentifierPrefixMismatch,
                    $"The key {JsonText.Quote(member.Name)} starts with '{key.ObjectType}' but the object's type is {JsonText.Quote(typeText)}; identifiers must use the object's type.");
            }

            if (key.UuidVersion != 4)
            {
                var rule = uuidVersionIsMust ? "must" : "should";
                context.Warning(memberPath, ValidationCodes.IdentifierUuidVersion,
                    $"The UUID of {JsonText.Quote(member.Name)} is version {key.UuidVersion}; these objects {rule} use UUIDv4.");
            }
        }

        if (!keysDistinct)
        {
            context.UniqueNames.CheckNames(dictionary);
        }

        context.Paths.Return(path);
        context.IdentifierUuids.Cover(slot);
    }

    // The common case, read in place: a well-formed UUIDv4 key whose type is the object's (or no type given). The UUID
    // of every well-formed key read in place is added to the validation's identifier UUIDs on the way, with its site.
    // Anything else is parsed again as a string to report what is wrong.
    // type is the entry's type member as its shape found it (undefined when absent or when the entry is no object).
    // keysDistinct turns false unless the key is well formed and its UUID new.
    private static bool IsWellFormedKey(ValidationContext context, JsonProperty member, IdentifierSite site, JsonElement type,
        ref bool keysDistinct)
    {
        var key = JsonMarshal.GetRawUtf8PropertyName(member);
        // A backslash is no identifier character: an escaped key fails here.
        if (!CacaoIdentifier.IsWellFormedUtf8(key, out var typeLength, out var version))
        {
            keysDistinct = false;
            return false;
        }

        if (context.IdentifierUuids.AddWellFormed(key, site))
        {
            keysDistinct = false;
        }

        if (version != 4)
        {
            return false;
        }

        return type.ValueKind != JsonValueKind.String || type.ValueEquals(key[..typeLength]);
    }
}
