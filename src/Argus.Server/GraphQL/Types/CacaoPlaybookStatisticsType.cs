using Argus.Server.Authorization;
using Argus.Storage.Access;
using Argus.Storage.Playbooks;
using GraphQL.Types;

namespace Argus.Server.GraphQL.Types;

/// <summary>GraphQL <c>CacaoPlaybookStatistics</c>: counts over what the caller may see.</summary>
public sealed class CacaoPlaybookStatisticsType : ObjectGraphType<LibraryStatistics>
{
    public CacaoPlaybookStatisticsType()
    {
        Name = "CacaoPlaybookStatistics";
        Description = "Counts over the playbooks the caller may see (by their latest visible version).";
        this.SetAccess(AccessRequirement.AnyCaller);
        Field<NonNullGraphType<IntGraphType>>("playbooks").Resolve(c => c.Source.Playbooks);
        Field<NonNullGraphType<IntGraphType>>("versions").Resolve(c => c.Source.Versions);
        Field<NonNullGraphType<IntGraphType>>("importsLast30Days").Resolve(c => c.Source.ImportsLast30Days);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByKeyType>>>>("byStatus").Description("Keys DRAFT, VERIFIED, DEPRECATED.")
            .Resolve(c => c.Source.ByStatus.OrderBy(p => p.Key).Select(p => new CountByKey(p.Key.ToName().ToUpperInvariant(), p.Value)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByKeyType>>>>("byType").Description("Keys are CACAO playbook types.")
            .Resolve(c => c.Source.ByType.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CountByKey(p.Key, p.Value)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountByKeyType>>>>("byClassification").Description("Keys are classification levels.")
            .Resolve(c => c.Source.ByClassification.OrderBy(p => p.Key).Select(p => new CountByKey(p.Key.ToName(), p.Value)).ToArray());
    }
}
