using System.Collections.Immutable;
using Argus.OpenC2.Language;
using Argus.Server.Actuators;
using Argus.Server.Authorization;
using Argus.Server.GraphQL.Types;
using Argus.Storage.Actuators;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.GraphQL;

public sealed partial class ArgusMutation
{
    private void AddActuatorFields()
    {
        Field<NonNullGraphType<OpenC2ActuatorResultType>>("createOpenC2Actuator")
            .Description("Adds an OpenC2 actuator to the caller's organisation (audited). Bad input is data: outcome REJECTED with issues.")
            .Argument<NonNullGraphType<CreateOpenC2ActuatorInputType>>("input")
            .RequiresRole(Role.Admin)
            .ResolveAsync(async context =>
            {
                var (actuator, issues) = ActuatorInputReader.ReadNew(Input(context));
                if (actuator is null)
                {
                    return new ActuatorWriteResult.Rejected(issues);
                }

                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var store = context.RequestServices!.GetRequiredService<IActuatorStore>();
                return await store.CreateAsync(scope, actuator, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<OpenC2ActuatorResultType>>("updateOpenC2Actuator")
            .Description("Changes an actuator of the caller's organisation (audited); omitted fields and secrets keep their values.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<UpdateOpenC2ActuatorInputType>>("input")
            .RequiresRole(Role.Admin)
            .ResolveAsync(async context =>
            {
                if (!Guid.TryParse(context.GetArgument<string>("id"), out var id))
                {
                    return new ActuatorWriteResult.NotFound();
                }

                var (changes, issues) = ActuatorInputReader.ReadChanges(Input(context));
                if (changes is null)
                {
                    return new ActuatorWriteResult.Rejected(issues);
                }

                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var store = context.RequestServices!.GetRequiredService<IActuatorStore>();
                return await store.UpdateAsync(scope, id, changes, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<DeleteOpenC2ActuatorResultType>>("deleteOpenC2Actuator")
            .Description("Removes an actuator of the caller's organisation (audited).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequiresRole(Role.Admin)
            .ResolveAsync(async context =>
            {
                var text = context.GetArgument<string>("id");
                if (!Guid.TryParse(text, out var id))
                {
                    return new ActuatorDeletion(text, false);
                }

                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var store = context.RequestServices!.GetRequiredService<IActuatorStore>();
                return new ActuatorDeletion(id.ToString("D"), await store.DeleteAsync(scope, id, context.CancellationToken).ConfigureAwait(false));
            });

        Field<NonNullGraphType<OpenC2FeaturesResultType>>("queryOpenC2Features")
            .Description("Sends OpenC2 'query features' (the mandatory heartbeat) to an actuator of the caller's organisation and "
                         + "returns its answer, or a structured transport error. An empty list asks for nothing: a plain heartbeat.")
            .Argument<NonNullGraphType<IdGraphType>>("actuatorId")
            .Argument<ListGraphType<NonNullGraphType<OpenC2FeatureType>>>("features",
                "The features to ask for; default VERSIONS, PROFILES, PAIRS, RATE_LIMIT.")
            .RequiresRole(Role.Admin)
            .ResolveAsync(async context =>
            {
                if (!Guid.TryParse(context.GetArgument<string>("actuatorId"), out var id))
                {
                    return new OpenC2FeatureQueryResult(OpenC2FeatureQueryOutcome.NotFound);
                }

                var features = context.GetArgument<List<OpenC2Feature>?>("features") is { } listed
                    ? listed.ToImmutableArray()
                    : OpenC2FeatureQuery.AllFeatures;
                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var query = context.RequestServices!.GetRequiredService<OpenC2FeatureQuery>();
                return await query.QueryAsync(scope, id, features, context.CancellationToken).ConfigureAwait(false);
            });
    }

    private static IDictionary<string, object?> Input(IResolveFieldContext context) =>
        context.Arguments?["input"].Value as IDictionary<string, object?>
        ?? throw new InvalidOperationException("The input argument was not parsed into a dictionary.");
}
