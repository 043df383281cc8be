using System.Diagnostics;
using System.Text.Json.Nodes;
using Argus.Execution.Status;
using Argus.Testing;

namespace Argus.Execution.Tests.Status;

/// <summary>
/// Checks records against the seed's schema, corrected in memory, with an independent validator: ajv (when
/// tests/oracle/node_modules/ajv exists) or Python's jsonschema. Skips with a reason when neither is available,
/// and fails under CI=true.
/// </summary>
internal static class StatusSchemaOracle
{
    private const string IdentifierPattern =
        "^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private const string TimestampPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";

    /// <summary>
    /// The seed's schema with its bugs corrected: <c>workflow_id</c> added to properties and required; the enum
    /// spelled as the README (<c>successfully_executed</c>, <c>exception_condition_error</c>); the remote
    /// identifier/timestamp <c>$ref</c>s and the unresolvable <c>"$ref": "integer"</c> replaced by local
    /// definitions; and draft 2020-12 declared, so that its <c>unevaluatedProperties: false</c> is enforced.
    /// </summary>
    public static JsonObject CorrectedSchema()
    {
        var path = RepositoryPaths.RequireShared("execution-status", "execution-status.schema.json");
        var schema = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidOperationException("The schema is not an object.");
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        var properties = schema["properties"]?.AsObject() ?? throw new InvalidOperationException("No properties.");
        foreach (var name in new[] { "id", "workflow_step", "executed_by" })
        {
            properties[name] = new JsonObject { ["type"] = "string", ["pattern"] = IdentifierPattern };
        }

        properties["workflow_id"] = new JsonObject { ["type"] = "string", ["pattern"] = IdentifierPattern };
        properties["start_time"] = new JsonObject { ["type"] = "string", ["pattern"] = TimestampPattern };
        properties["duration"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 };
        properties["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^execution-status--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$" };
        var statuses = schema["$defs"]?["execution-status-enum"]?["enum"]?.AsArray() ?? throw new InvalidOperationException("No enum.");
        for (var i = 0; i < statuses.Count; i++)
        {
            statuses[i] = statuses[i]?.GetValue<string>() switch
            {
                "successfully_completed" => "successfully_executed",
                "exception_condition_invoked" => "exception_condition_error",
                var other => other,
            };
        }

        schema["required"]?.AsArray().Add("workflow_id");
        return schema;
    }

    public static Task AssertValidAsync(IEnumerable<ExecutionStatusRecord> records) =>
        AssertJsonValidAsync(ExecutionStatusWriter.ToJson(records));

    /// <summary>Checks a JSON array of records.</summary>
    public static async Task AssertJsonValidAsync(string recordsJson)
    {
        var folder = Directory.CreateTempSubdirectory("argus-status-");
        try
        {
            var schemaFile = Path.Combine(folder.FullName, "schema.json");
            var recordsFile = Path.Combine(folder.FullName, "records.json");
            await File.WriteAllTextAsync(schemaFile, CorrectedSchema().ToJsonString(), TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(recordsFile, recordsJson, TestContext.Current.CancellationToken);
            var (exitCode, output) = await RunValidatorAsync(schemaFile, recordsFile);
            Assert.True(exitCode == 0, "The status records do not match the corrected seed schema:\n" + output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunValidatorAsync(string schemaFile, string recordsFile)
    {
        var ajv = Path.Combine(RepositoryPaths.Root, "tests", "oracle", "node_modules", "ajv");
        if (Directory.Exists(ajv) && await RunAsync("node", ["-e", AjvScript, schemaFile, recordsFile]) is { } byAjv)
        {
            return byAjv;
        }

        if (await RunAsync("python3", ["-c", PythonScript, schemaFile, recordsFile]) is { ExitCode: not 3 } byPython)
        {
            return byPython;
        }

        const string reason = "Neither ajv (tests/oracle/node_modules/ajv) nor python3-jsonschema is available to check status records.";
        if (RepositoryPaths.IsCi)
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return (0, "");
    }

    private static async Task<(int ExitCode, string Output)?> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.WorkingDirectory = Path.Combine(RepositoryPaths.Root, "tests", "oracle") is var oracle && Directory.Exists(oracle)
            ? oracle
            : RepositoryPaths.Root;
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // the program is not installed
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return (process.ExitCode, await stdout + await stderr);
        }
    }

    // Exit 3 means "jsonschema is not installed", so the caller can skip rather than fail.
    private const string PythonScript = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(3)
        schema = json.load(open(sys.argv[1]))
        records = json.load(open(sys.argv[2]))
        validator = jsonschema.Draft202012Validator(schema)
        errors = [f"record {i}: {e.message} at {list(e.path)}" for i, r in enumerate(records) for e in validator.iter_errors(r)]
        print("\n".join(errors))
        sys.exit(1 if errors or not records else 0)
        """;

    private const string AjvScript = """
        const Ajv = require('ajv/dist/2020').default;
        const fs = require('fs');
        const schema = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
        const records = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
        const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
        let bad = 0;
        records.forEach((r, i) => { if (!validate(r)) { bad++; console.log(i, JSON.stringify(validate.errors)); } });
        process.exit(bad || records.length === 0 ? 1 : 0);
        """;
}
