using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Argus.Cacao.Validation;

namespace Argus.Cli.Validation;

/// <summary>
/// Machine output of <c>argus validate --json</c>: exactly one JSON array of
/// <c>{"file", "valid", "errors": [{"path", "code", "message"}], "warnings": [...]}</c>.
/// </summary>
internal static class JsonValidationReport
{
    public static string Format(IReadOnlyList<PlaybookFileReport> reports)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            // Messages quote condition text; stdout is no HTML page, so ' and < stay readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            writer.WriteStartArray();
            foreach (var report in reports)
            {
                writer.WriteStartObject();
                writer.WriteString("file", report.File);
                writer.WriteBoolean("valid", report.Report.IsValid);
                WriteIssues(writer, "errors", report.Report.Errors);
                WriteIssues(writer, "warnings", report.Report.Warnings);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteIssues(Utf8JsonWriter writer, string name, IEnumerable<ValidationIssue> issues)
    {
        writer.WriteStartArray(name);
        foreach (var issue in issues)
        {
            writer.WriteStartObject();
            writer.WriteString("path", issue.Path);
            writer.WriteString("code", issue.Code);
            writer.WriteString("message", issue.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
