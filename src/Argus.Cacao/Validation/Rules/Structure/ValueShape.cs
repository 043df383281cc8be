using Argus.Cacao.Json;
using Argus.Cacao.Json.Tape;

namespace Argus.Cacao.Validation.Rules.Structure;

/// <summary>A check of one JSON value at its pointer; the pointer is passed by reference, as it is copied at every level.</summary>
internal delegate void ShapeCheck(ValidationContext context, TapeValue value, in PointerPath path);

/// <summary>
/// What one JSON value must look like, and the check that reports every way it does not. A wrong JSON type is
/// reported once at the value's path and nothing below it is inspected.
/// </summary>
internal sealed class ValueShape(ShapeCheck check)
{
    /// <summary>The check itself, for callers that invoke it once per value without going through this object.</summary>
    public ShapeCheck Checker { get; } = check;

    public void Check(ValidationContext context, TapeValue value, in PointerPath path) => Checker(context, value, in path);
}
