using System.Collections.Frozen;
using System.Text.Json;
using Argus.OpenC2.Language;

namespace Argus.OpenC2.Validation;

/// <summary>Responses (LS v1.0 §3.3.2) and their results, including the features results of §4.</summary>
internal sealed partial class ValidationWalk
{
    private static readonly FrozenSet<string> ResponseMembers = Set("status", "status_text", "results");

    private static readonly FrozenSet<string> CoreTargetNames = FrozenSet.Create(StringComparer.Ordinal, [.. OpenC2Vocabulary.TargetNames]);

    public void Response(JsonElement response, string path)
    {
        if (!JsonChecks.IsRecord(response, path, _issues, "A response", ResponseMembers, 0))
        {
            return;
        }

        if (response.TryGetProperty("status", out var status))
        {
            var statusPath = JsonChecks.Append(path, "status");
            if (JsonChecks.IsInteger(status, statusPath, _issues, "status", 0, 999, out var code)
                && !OpenC2StatusCode.IsDefined((int)code))
            {
                JsonChecks.Add(_issues, statusPath, OpenC2IssueCodes.NotInEnumeration,
                    $"{code} is not an LS v1.0 status code (102, 200, 400, 401, 403, 404, 500, 501, 503).");
            }
        }
        else
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Required, "A response needs a 'status'.");
        }

        if (response.TryGetProperty("status_text", out var text))
        {
            JsonChecks.IsString(text, JsonChecks.Append(path, "status_text"), _issues, "status_text");
        }

        if (response.TryGetProperty("results", out var results))
        {
            Results(results, JsonChecks.Append(path, "results"));
        }
    }

    private void Results(JsonElement results, string path)
    {
        if (!JsonChecks.IsObject(results, path, _issues, "results"))
        {
            return;
        }

        var count = 0;
        foreach (var member in results.EnumerateObject())
        {
            count++;
            var at = JsonChecks.Append(path, member.Name);
            switch (member.Name)
            {
                case "versions":
                    StringArray(member.Value, at, "versions", minItems: 1, unique: true, maxLength: int.MaxValue);
                    break;
                case "profiles":
                    StringArray(member.Value, at, "profiles", minItems: 0, unique: false, maxLength: 16);
                    break;
                case "pairs":
                    Pairs(member.Value, at);
                    break;
                case "rate_limit":
                    if (member.Value.ValueKind != JsonValueKind.Number)
                    {
                        JsonChecks.Add(_issues, at, OpenC2IssueCodes.WrongType, "rate_limit must be a number.");
                    }
                    else if (member.Value.GetDouble() < 0)
                    {
                        JsonChecks.Add(_issues, at, OpenC2IssueCodes.OutOfRange, "rate_limit cannot be negative.");
                    }

                    break;
                default:
                    Extension(member.Name, member.Value, at, "results", static p => p.Results);
                    break;
            }
        }

        if (count == 0)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Empty, "results, when present, needs at least one member.");
        }
    }

    private void StringArray(JsonElement value, string path, string what, int minItems, bool unique, int maxLength)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.WrongType, $"{what} must be an array of strings.");
            return;
        }

        if (value.GetArrayLength() < minItems)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Empty, $"{what} needs at least {minItems} item(s).");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = JsonChecks.Append(path, index++);
            if (!JsonChecks.IsString(item, at, _issues, $"An item of {what}"))
            {
                continue;
            }

            var text = item.GetString()!;
            if (text.Length == 0 || text.Length > maxLength)
            {
                JsonChecks.Add(_issues, at, OpenC2IssueCodes.OutOfRange, $"An item of {what} has 1 to {maxLength} characters.");
            }

            if (unique && !seen.Add(text))
            {
                JsonChecks.Add(_issues, at, OpenC2IssueCodes.NotUnique, $"{what} lists '{text}' twice.");
            }
        }
    }

    private void Pairs(JsonElement pairs, string path)
    {
        if (!JsonChecks.IsObject(pairs, path, _issues, "pairs"))
        {
            return;
        }

        var count = 0;
        foreach (var pair in pairs.EnumerateObject())
        {
            count++;
            var at = JsonChecks.Append(path, pair.Name);
            if (!OpenC2Vocabulary.TryParseAction(pair.Name, out var action))
            {
                JsonChecks.Add(_issues, at, OpenC2IssueCodes.NotInEnumeration, $"'{pair.Name}' is not an LS v1.0 action.");
                continue;
            }

            StringArray(pair.Value, at, $"pairs.{pair.Name}", minItems: 1, unique: true, maxLength: int.MaxValue);
            if (pair.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var allowed = options.AllowedPairs?.GetValueOrDefault(action);
            var index = 0;
            foreach (var target in pair.Value.EnumerateArray())
            {
                var targetPath = JsonChecks.Append(at, index++);
                if (target.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                var name = target.GetString()!;
                if (options.AllowedPairs is not null ? allowed is null || !allowed.Contains(name) : !IsKnownTargetName(name))
                {
                    JsonChecks.Add(_issues, targetPath, OpenC2IssueCodes.NotInEnumeration,
                        $"'{name}' is not a target that '{pair.Name}' can take here.");
                }
            }
        }

        if (count == 0)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Empty, "pairs needs at least one action.");
        }
    }

    private bool IsKnownTargetName(string name)
    {
        if (CoreTargetNames.Contains(name))
        {
            return true;
        }

        if (!OpenC2Vocabulary.TrySplitExtensionName(name, out var nsid, out var localName))
        {
            return false;
        }

        var profile = options.FindProfile(nsid);
        return profile is not null
            ? profile.Targets.ContainsKey(localName)
            : options.Extensions == OpenC2ExtensionPolicy.AcceptWellFormed
              && OpenC2Formats.IsExtensionNsid(nsid) && OpenC2Formats.IsExtensionLocalName(localName);
    }
}
