using Argus.Cacao.Validation;
using Argus.Server.Authorization;
using Argus.Server.GraphQL.Types;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Argus.Server.GraphQL;

public sealed partial class ArgusMutation
{
    private void AddPlaybookFields()
    {
        Field<NonNullGraphType<ImportCacaoPlaybookResultType>>("importCacaoPlaybook")
            .Description("Validates and stores a CACAO v2.0 document in the caller's organisation. Every outcome is data.")
            .Argument<NonNullGraphType<StringGraphType>>("document", "The playbook as JSON text; stored byte-exact.")
            .Argument<ClassificationLevelType>("classification", "Overrides the classification read from the document's markings.")
            .Argument<PlaybookStatusType>("status", "The initial status (default DRAFT).")
            .Argument<StringGraphType>("versionString", "Argus's free-form version string, such as 1.2.")
            .RequiresRole(Role.Author)
            .ResolveAsync(async context =>
            {
                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var library = context.RequestServices!.GetRequiredService<IPlaybookLibrary>();
                var classification = context.GetArgument<ClassificationLevel?>("classification");
                if (!JsonTextInput.TryEncode(context.GetArgument<string>("document"), out var document, out var issue))
                {
                    return new ImportResult.Rejected(new ValidationReport([issue]));
                }

                var request = new ImportRequest(document)
                {
                    Classification = classification is { } level ? (ClearanceLevel)(int)level : null,
                    Status = context.GetArgument("status", PlaybookStatus.Draft),
                    VersionLabel = context.GetArgument<string?>("versionString"),
                    Author = scope.UserName,
                };
                return await library.ImportAsync(scope, request, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<ExportCacaoPlaybookResultType>>("exportCacaoPlaybook")
            .Description("The document of a version for another tool (an audited export); found is false when missing or hidden.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The CACAO id.")
            .Argument<StringGraphType>("version", "The version's modified; the latest visible when omitted.")
            .Argument<BooleanGraphType>("redactSecrets", "Remove passwords, tokens and private keys (default false).")
            .RequiresRole(Role.Author)
            .ResolveAsync(async context =>
            {
                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var library = context.RequestServices!.GetRequiredService<IPlaybookLibrary>();
                var request = new ExportRequest(context.GetArgument<string>("id"), context.GetArgument<string?>("version"),
                    context.GetArgument("redactSecrets", false));
                return await library.ExportAsync(scope, request, context.CancellationToken).ConfigureAwait(false);
            });

        Field<NonNullGraphType<SetCacaoPlaybookStatusResultType>>("setCacaoPlaybookStatus")
            .Description("Changes the status of one version (recording who and when).")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The CACAO id.")
            .Argument<NonNullGraphType<StringGraphType>>("version", "The version's modified, as written.")
            .Argument<NonNullGraphType<PlaybookStatusType>>("status", "The new status.")
            .RequiresRole(Role.Approver)
            .ResolveAsync(async context =>
            {
                var scope = await context.GetAccessScopeAsync().ConfigureAwait(false);
                var library = context.RequestServices!.GetRequiredService<IPlaybookLibrary>();
                return await library.SetStatusAsync(scope, context.GetArgument<string>("id"), context.GetArgument<string>("version"),
                    context.GetArgument<PlaybookStatus>("status"), context.CancellationToken).ConfigureAwait(false);
            });
    }
}
