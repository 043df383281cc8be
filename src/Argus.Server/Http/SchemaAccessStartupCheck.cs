using Argus.Server.Authorization;
using GraphQL.Types;
using Microsoft.Extensions.Hosting;

namespace Argus.Server.Http;

/// <summary>Refuses to start when a schema field declares no access requirement (such a field would always be
/// denied at run time; this makes the omission loud at once).</summary>
internal sealed class SchemaAccessStartupCheck(ISchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        schema.Initialize();
        var undeclared = SchemaAccessAudit.FindUndeclaredFields(schema);
        if (!undeclared.IsEmpty)
        {
            throw new InvalidOperationException(
                "These GraphQL fields declare no access requirement (RequiresRole/AllowsAnyCaller): " + string.Join(", ", undeclared));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
