using System.Collections.Frozen;
using System.Text.Json;
using Argus.OpenC2.Language;

namespace Argus.OpenC2.Validation;

/// <summary>One validation pass: the options and the issues found so far.</summary>
internal sealed partial class ValidationWalk(OpenC2ValidationOptions options)
{
    private static readonly FrozenSet<string> CommandMembers =
        FrozenSet.Create(StringComparer.Ordinal, "action", "target", "args", "actuator", "command_id");

    private static readonly FrozenSet<string> CommandMembersWithProfile =
        FrozenSet.Create(StringComparer.Ordinal, "action", "target", "args", "actuator", "profile", "command_id");

    private static readonly FrozenSet<string> ResponseTypes =
        FrozenSet.Create(StringComparer.Ordinal, "none", "ack", "status", "complete");

    private readonly List<OpenC2Issue> _issues = [];

    public OpenC2ValidationReport Report() =>
        _issues.Count == 0 ? OpenC2ValidationReport.Valid : new OpenC2ValidationReport([.. _issues]);

    public void Command(JsonElement command, string path)
    {
        if (!JsonChecks.IsRecord(command, path, _issues, "A command",
                options.AcceptProfileMember ? CommandMembersWithProfile : CommandMembers, 0))
        {
            return;
        }

        if (command.TryGetProperty("action", out var action))
        {
            var actionPath = JsonChecks.Append(path, "action");
            if (JsonChecks.IsString(action, actionPath, _issues, "action")
                && !OpenC2Vocabulary.TryParseAction(action.GetString()!, out _))
            {
                JsonChecks.Add(_issues, actionPath, OpenC2IssueCodes.NotInEnumeration,
                    $"'{action.GetString()}' is not an LS v1.0 action.");
            }
        }
        else
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Required, "A command needs an 'action'.");
        }

        if (command.TryGetProperty("target", out var target))
        {
            Target(target, JsonChecks.Append(path, "target"));
        }
        else
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Required, "A command needs a 'target'.");
        }

        if (command.TryGetProperty("args", out var args))
        {
            Args(args, JsonChecks.Append(path, "args"));
        }

        if (command.TryGetProperty("actuator", out var actuator))
        {
            Actuator(actuator, JsonChecks.Append(path, "actuator"));
        }

        if (command.TryGetProperty("profile", out var profile) && options.AcceptProfileMember)
        {
            Profile(profile, JsonChecks.Append(path, "profile"), hasActuator: command.TryGetProperty("actuator", out _));
        }

        if (command.TryGetProperty("command_id", out var commandId))
        {
            var idPath = JsonChecks.Append(path, "command_id");
            if (JsonChecks.IsString(commandId, idPath, _issues, "command_id")
                && !OpenC2Formats.IsCommandId(commandId.GetString()!))
            {
                JsonChecks.Add(_issues, idPath, OpenC2IssueCodes.Format,
                    "command_id must be at most 36 characters without white space.");
            }
        }
    }

    private void Args(JsonElement args, string path)
    {
        if (!JsonChecks.IsObject(args, path, _issues, "args"))
        {
            return;
        }

        var count = 0;
        foreach (var member in args.EnumerateObject())
        {
            count++;
            var memberPath = JsonChecks.Append(path, member.Name);
            switch (member.Name)
            {
                case "start_time":
                case "stop_time":
                case "duration":
                    JsonChecks.IsInteger(member.Value, memberPath, _issues, member.Name, 0, long.MaxValue, out _);
                    break;
                case "response_requested":
                    JsonChecks.IsEnumerated(member.Value, memberPath, _issues, member.Name, ResponseTypes);
                    break;
                default:
                    Extension(member.Name, member.Value, memberPath, "args", static p => p.Args);
                    break;
            }
        }

        if (count == 0)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Empty, "args, when present, needs at least one member.");
        }
    }

    private void Actuator(JsonElement actuator, string path)
    {
        if (JsonChecks.IsChoice(actuator, path, _issues, "actuator", out var chosen))
        {
            Extension(chosen.Name, chosen.Value, JsonChecks.Append(path, chosen.Name), "actuator", static p => p.Actuator);
        }
    }

    private void Profile(JsonElement profile, string path, bool hasActuator)
    {
        if (hasActuator)
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.Choice, "A command names its actuator under 'actuator' or 'profile', not both.");
            return;
        }

        if (profile.ValueKind != JsonValueKind.String)
        {
            Actuator(profile, path);
            return;
        }

        var nsid = profile.GetString()!;
        if (options.FindProfile(nsid) is null
            && (options.Extensions == OpenC2ExtensionPolicy.KnownProfilesOnly || !OpenC2Formats.IsExtensionNsid(nsid)))
        {
            JsonChecks.Add(_issues, path, OpenC2IssueCodes.UnknownExtension, $"'{nsid}' is not a known profile.");
        }
    }

    /// <summary>A profile section (<c>args.nsid</c>, <c>actuator.nsid</c>, <c>results.nsid</c>): known and checked, or well formed.</summary>
    private void Extension(string nsid, JsonElement value, string path, string section,
        Func<OpenC2Profile, OpenC2ExtensionCheck?> sectionOf)
    {
        var profile = options.FindProfile(nsid);
        var check = profile is null ? null : sectionOf(profile);
        if (check is not null)
        {
            if (JsonChecks.IsObject(value, path, _issues, $"{section}.{nsid}"))
            {
                check(value, path, _issues);
            }

            return;
        }

        if (profile is null && options.Extensions == OpenC2ExtensionPolicy.AcceptWellFormed)
        {
            if (!OpenC2Formats.IsExtensionNsid(nsid))
            {
                JsonChecks.Add(_issues, path, OpenC2IssueCodes.ExtensionName,
                    $"'{nsid}' is neither a known member of {section} nor a well-formed extension namespace (x-name, 16 characters at most).");
                return;
            }

            JsonChecks.IsObject(value, path, _issues, $"{section}.{nsid}");
            return;
        }

        JsonChecks.Add(_issues, path, OpenC2IssueCodes.UnknownExtension,
            profile is null
                ? $"'{nsid}' is not a member of {section} and no known profile has that namespace."
                : $"Profile '{nsid}' defines nothing under {section}.");
    }

    private static FrozenSet<string> Set(params string[] names) => FrozenSet.Create(StringComparer.Ordinal, names);
}
