using Argus.Server.Authorization;
using Argus.Storage.Playbooks;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>SetCacaoPlaybookStatusResult</c>.</summary>
public sealed class SetCacaoPlaybookStatusResultType : ObjectGraphType<StatusChangeResult>
{
    public SetCacaoPlaybookStatusResultType()
    {
        Name = "SetCacaoPlaybookStatusResult";
        Description = "The outcome of setCacaoPlaybookStatus, as data.";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<StatusChangeOutcomeType>>("outcome").Resolve(c => c.Source switch
        {
            StatusChangeResult.Changed => StatusChangeOutcome.Changed,
            StatusChangeResult.InvalidTransition => StatusChangeOutcome.InvalidTransition,
            _ => StatusChangeOutcome.NotFound,
        });
        Field<CacaoPlaybookType>("playbook").Resolve(c => c.Source is StatusChangeResult.Changed changed ? changed.Version : null);
        Field<PlaybookStatusType>("from").Description("The current status (INVALID_TRANSITION).")
            .Resolve(c => c.Source is StatusChangeResult.InvalidTransition invalid ? invalid.From : null);
    }
}
