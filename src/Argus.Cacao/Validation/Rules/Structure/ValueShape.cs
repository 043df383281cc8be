using System.Text.Json;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// What one JSON value must look like, and the check that reports every way it does not. A wrong JSON type is
/// reported once at the value's path and nothing below it is inspected.
/// </summary>
internal sealed class ValueShape(Action<ValidationContext, JsonElement, string> check)
{
    public void Check(ValidationContext context, JsonElement value, string path) => check(context, value, path);
}
