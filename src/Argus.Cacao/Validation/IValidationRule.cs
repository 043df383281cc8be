namespace Argus.Cacao.Validation;

/// <summary>
/// One family of checks (structure of an object kind, references, graph shape, …). Rules are stateless, run in
/// the order <see cref="PlaybookValidator"/> lists them, and must tolerate any JSON: a wrong type is an issue
/// reported once by the rule that owns that property, never an exception.
/// </summary>
internal interface IValidationRule
{
    void Check(ValidationContext context);
}
