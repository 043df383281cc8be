using Argus.Cacao.Validation;

namespace Argus.Cli.Validation;

/// <summary>The validation report of one playbook file.</summary>
/// <param name="File">The file's path as found (relative paths stay relative).</param>
/// <param name="Report">Every issue found.</param>
internal sealed record PlaybookFileReport(string File, ValidationReport Report);
