using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Serialization;

/// <summary>
/// Reads untrusted OpenC2 JSON into the model: parse (never throws for bad input), validate with
/// <see cref="OpenC2Validator"/>, and only then map. Extension content is kept as detached <see cref="JsonElement"/>s.
/// </summary>
public static class OpenC2Reader
{
    public static OpenC2ReadResult<OpenC2Command> ReadCommand(ReadOnlyMemory<byte> utf8Json, OpenC2ValidationOptions? options = null)
    {
        options ??= OpenC2ValidationOptions.Default;
        using var document = SafeJson.Parse(utf8Json, options, out var issue);
        return document is null
            ? OpenC2ReadResult<OpenC2Command>.Invalid(new OpenC2ValidationReport([issue!]))
            : ReadCommand(document.RootElement, options);
    }

    public static OpenC2ReadResult<OpenC2Response> ReadResponse(ReadOnlyMemory<byte> utf8Json, OpenC2ValidationOptions? options = null)
    {
        options ??= OpenC2ValidationOptions.Default;
        using var document = SafeJson.Parse(utf8Json, options, out var issue);
        return document is null
            ? OpenC2ReadResult<OpenC2Response>.Invalid(new OpenC2ValidationReport([issue!]))
            : ReadResponse(document.RootElement, options);
    }

    /// <summary>Reads a command held in a larger document (an envelope); issue paths start at <paramref name="path"/>.</summary>
    public static OpenC2ReadResult<OpenC2Command> ReadCommand(JsonElement command, OpenC2ValidationOptions? options = null, string path = "")
    {
        var report = new OpenC2Validator(options).ValidateCommand(command, path);
        return report.IsValid ? new(ModelReader.Command(command), report) : OpenC2ReadResult<OpenC2Command>.Invalid(report);
    }

    /// <summary>Reads a response held in a larger document (an envelope); issue paths start at <paramref name="path"/>.</summary>
    public static OpenC2ReadResult<OpenC2Response> ReadResponse(JsonElement response, OpenC2ValidationOptions? options = null, string path = "")
    {
        var report = new OpenC2Validator(options).ValidateResponse(response, path);
        return report.IsValid ? new(ModelReader.Response(response), report) : OpenC2ReadResult<OpenC2Response>.Invalid(report);
    }
}
