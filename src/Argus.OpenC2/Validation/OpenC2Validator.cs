using System.Text.Json;
using Argus.OpenC2.Language;
using Argus.OpenC2.Serialization;

namespace Argus.OpenC2.Validation;

/// <summary>
/// Checks OpenC2 commands and responses against LS v1.0 and the profiles in <see cref="OpenC2ValidationOptions"/>,
/// collecting every issue with its JSON pointer. Thread-safe; never throws for bad input.
/// </summary>
public sealed class OpenC2Validator
{
    public OpenC2Validator(OpenC2ValidationOptions? options = null) => Options = options ?? OpenC2ValidationOptions.Default;

    public OpenC2ValidationOptions Options { get; }

    /// <summary>Validates a bare command (no transfer envelope); <paramref name="path"/> prefixes issue paths.</summary>
    public OpenC2ValidationReport ValidateCommand(JsonElement command, string path = "")
    {
        var walk = new ValidationWalk(Options);
        walk.Command(command, path);
        return walk.Report();
    }

    /// <summary>Validates a bare response (no transfer envelope); <paramref name="path"/> prefixes issue paths.</summary>
    public OpenC2ValidationReport ValidateResponse(JsonElement response, string path = "")
    {
        var walk = new ValidationWalk(Options);
        walk.Response(response, path);
        return walk.Report();
    }

    /// <summary>Validates a command built in code, as it would be written on the wire.</summary>
    public OpenC2ValidationReport Validate(OpenC2Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var document = JsonDocument.Parse(OpenC2Writer.ToUtf8Bytes(command));
        return ValidateCommand(document.RootElement);
    }

    /// <summary>Validates a response built in code, as it would be written on the wire.</summary>
    public OpenC2ValidationReport Validate(OpenC2Response response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using var document = JsonDocument.Parse(OpenC2Writer.ToUtf8Bytes(response));
        return ValidateResponse(document.RootElement);
    }
}
