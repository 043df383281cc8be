using System.Globalization;
using System.Text;

namespace Argus.Benchmarks.Storage;

/// <summary>Small valid CACAO playbooks (start -> action -> end) with given ids and times, for seeding and importing.</summary>
internal static class BenchPlaybooks
{
    public static readonly string[] Types = ["detection", "investigation", "containment", "remediation", "recovery", "notification"];

    public static string Stamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static byte[] Document(Guid id, DateTimeOffset modified, string name, string type, string label) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $$"""
            {"type":"playbook","spec_version":"cacao-2.0","id":"playbook--{{id}}","name":"{{name}}",
             "description":"Benchmark playbook {{name}} for {{label}} incidents.","playbook_types":["{{type}}"],"labels":["{{label}}"],
             "created_by":"identity--5abe695c-7bd5-4c31-8824-2528696cdbf1","created":"2024-01-01T00:00:00.000Z","modified":"{{Stamp(modified)}}",
             "workflow_start":"start--0b1e4c3a-6e8f-4a2b-9c1d-2e3f4a5b6c7d",
             "workflow":{
              "start--0b1e4c3a-6e8f-4a2b-9c1d-2e3f4a5b6c7d":{"type":"start","on_completion":"action--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"},
              "action--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f":{"type":"action","commands":[{"type":"manual","command":"Isolate the host"}],
                "agent":"individual--3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b","on_completion":"end--2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"},
              "end--2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a":{"type":"end"} },
             "agent_definitions":{"individual--3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b":{"type":"individual","name":"Analyst on duty"} } }
            """));
}
