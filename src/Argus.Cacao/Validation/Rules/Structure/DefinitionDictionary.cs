using System.Text;
using System.Text.Json;
using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;
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
            // The common case, read in place: a well-formed key, whose UUID is added with its site on the way. A
            // backslash is no identifier character: an escaped key is decoded and parsed as a string instead.
            var raw = member.RawUtf8Name;
            if (CacaoIdentifier.IsWellFormedUtf8(raw, out var typeLength, out var version))
            {
                if (context.IdentifierUuids.AddWellFormed(raw, site))
                {
                    keysDistinct = false;
                }

                var objectType = raw[..typeLength];
                if (version != 4 || (type.ValueKind == JsonValueKind.String && !type.ValueEquals(objectType)))
                {
                    ReportKey(context, member.Name, memberPath, Encoding.ASCII.GetString(objectType), version, type, uuidVersionIsMust);
                }

                continue;
            }

            keysDistinct = false;
            if (member.NameHasEscapes)
            {
                context.IdentifierUuids.AddDecoded(member.Name, site);
            }

            if (IdentifierText.TryParse(context, member.Name, memberPath, out var key))
            {
                ReportKey(context, member.Name, memberPath, key.ObjectType, key.UuidVersion, type, uuidVersionIsMust);
            }
        }

        if (!keysDistinct)
        {
            context.UniqueNames.CheckNames(dictionary);
        }

        context.Paths.Return(path);
        context.IdentifierUuids.Cover(slot);
    }

    // A well-formed key whose object type is not the entry's type, or whose UUID is not version 4.
    // type is the entry's type member as its shape found it (undefined when absent or when the entry is no object).
    private static void ReportKey(ValidationContext context, string key, PointerPath path, string objectType, int uuidVersion,
        TapeValue type, bool uuidVersionIsMust)
    {
        if (type.ValueKind == JsonValueKind.String && type.GetString()! is var typeText && typeText != objectType)
        {
            context.Warning(path, ValidationCodes.IdentifierPrefixMismatch,
                $"The key {JsonText.Quote(key)} starts with '{objectType}' but the object's type is {JsonText.Quote(typeText)}; identifiers must use the object's type.");
        }

        if (uuidVersion != 4)
        {
            var rule = uuidVersionIsMust ? "must" : "should";
            context.Warning(path, ValidationCodes.IdentifierUuidVersion,
                $"The UUID of {JsonText.Quote(key)} is version {uuidVersion}; these objects {rule} use UUIDv4.");
        }
    }
}
