using System.Globalization;
using System.Text.Json;

namespace Argus.OpenC2.Validation;

/// <summary>The checks every OpenC2 structure is made of, each adding issues at JSON pointer paths.</summary>
internal static class JsonChecks
{
    public static string Append(string path, string name)
    {
        var escaped = name.Contains('~') || name.Contains('/')
            ? name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : name;
        return string.Concat(path, "/", escaped);
    }

    public static string Append(string path, int index) =>
        string.Concat(path, "/", index.ToString(CultureInfo.InvariantCulture));

    public static void Add(ICollection<OpenC2Issue> issues, string path, string code, string message) =>
        issues.Add(new OpenC2Issue(path, code, message));

    public static bool IsObject(JsonElement value, string path, ICollection<OpenC2Issue> issues, string what)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Add(issues, path, OpenC2IssueCodes.WrongType, $"{what} must be a JSON object, not {Describe(value)}.");
        return false;
    }

    /// <summary>Checks an object whose members all come from <paramref name="allowed"/> and counts at least <paramref name="minMembers"/>.</summary>
    public static bool IsRecord(JsonElement value, string path, ICollection<OpenC2Issue> issues, string what,
        IReadOnlySet<string> allowed, int minMembers)
    {
        if (!IsObject(value, path, issues, what))
        {
            return false;
        }

        var count = 0;
        foreach (var member in value.EnumerateObject())
        {
            count++;
            if (!allowed.Contains(member.Name))
            {
                Add(issues, Append(path, member.Name), OpenC2IssueCodes.UnknownMember,
                    $"'{member.Name}' is not a member of {what}.");
            }
        }

        if (count < minMembers)
        {
            Add(issues, path, OpenC2IssueCodes.Empty, $"{what} needs at least {minMembers} member(s).");
        }

        return true;
    }

    public static bool IsString(JsonElement value, string path, ICollection<OpenC2Issue> issues, string what)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return true;
        }

        Add(issues, path, OpenC2IssueCodes.WrongType, $"{what} must be a string, not {Describe(value)}.");
        return false;
    }

    public static void IsBoolean(JsonElement value, string path, ICollection<OpenC2Issue> issues, string what)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Add(issues, path, OpenC2IssueCodes.WrongType, $"{what} must be true or false, not {Describe(value)}.");
        }
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>]; <c>200.0</c> counts as an integer (JSON Schema semantics).</summary>
    public static bool IsInteger(JsonElement value, string path, ICollection<OpenC2Issue> issues, string what,
        long min, long max, out long result)
    {
        result = 0;
        if (!TryGetInteger(value, out result))
        {
            Add(issues, path, OpenC2IssueCodes.WrongType, $"{what} must be an integer, not {Describe(value)}.");
            return false;
        }

        if (result < min || result > max)
        {
            Add(issues, path, OpenC2IssueCodes.OutOfRange, $"{what} must lie between {min} and {max}.");
            return false;
        }

        return true;
    }

    public static bool TryGetInteger(JsonElement value, out long result)
    {
        result = 0;
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (value.TryGetInt64(out result))
        {
            return true;
        }

        if (value.TryGetDouble(out var number) && Math.Floor(number) == number && Math.Abs(number) < 9e15)
        {
            result = (long)number;
            return true;
        }

        return false;
    }

    public static void IsEnumerated(JsonElement value, string path, ICollection<OpenC2Issue> issues, string what,
        IReadOnlyCollection<string> names)
    {
        if (IsString(value, path, issues, what) && !names.Contains(value.GetString()))
        {
            Add(issues, path, OpenC2IssueCodes.NotInEnumeration,
                $"{what} must be one of {string.Join(", ", names)}.");
        }
    }

    /// <summary>A JSON object with exactly one member (an LS Choice); returns that member.</summary>
    public static bool IsChoice(JsonElement value, string path, ICollection<OpenC2Issue> issues, string what, out JsonProperty chosen)
    {
        chosen = default;
        if (!IsObject(value, path, issues, what))
        {
            return false;
        }

        var count = 0;
        foreach (var member in value.EnumerateObject())
        {
            if (count++ == 0)
            {
                chosen = member;
            }
        }

        if (count == 1)
        {
            return true;
        }

        Add(issues, path, OpenC2IssueCodes.Choice, $"{what} must have exactly one member; it has {count}.");
        return false;
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
