using Argus.Server.Authorization;
using Argus.Server.GraphQL.Types;
using Argus.Storage.Actuators;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.GraphQL;

public sealed partial class ArgusQuery
{
    private void AddActuatorFields()
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpenC2ActuatorType>>>>("openC2Actuators")
            .Description("The OpenC2 actuators of the caller's organisation, by name (admin only; no secrets).")
            .RequiresRole(Role.Admin)
            .ResolveAsync(async context =>
            {
                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var store = context.RequestServices!.GetRequiredService<IActuatorStore>();
                return (await store.ListAsync(scope, context.CancellationToken).ConfigureAwait(false)).ToArray();
            });

        Field<OpenC2ActuatorType>("openC2Actuator")
            .Description("One actuator of the caller's organisation; null when there is none with that id (admin only; no secrets).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequiresRole(Role.Admin)
            .ResolveAsync(async context =>
            {
                if (!Guid.TryParse(context.GetArgument<string>("id"), out var id))
                {
                    return null;
                }

                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var store = context.RequestServices!.GetRequiredService<IActuatorStore>();
                return await store.GetAsync(scope, id, context.CancellationToken).ConfigureAwait(false);
            });
    }
}
