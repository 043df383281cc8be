using System.Text.Json;
using Argus.Cacao.Json;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>
/// What one JSON value must look like, and the check that reports every way it does not. A wrong JSON type is
/// reported once at the value's path and nothing below it is inspected.
/// </summary>
internal sealed class ValueShape(Action<ValidationContext, JsonElement, PointerPath> check)
{
    public void Check(ValidationContext context, JsonElement value, PointerPath path) => check(context, value, path);
}
