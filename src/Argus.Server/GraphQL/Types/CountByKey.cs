namespace Argus.Server.GraphQL.Types;

/// <summary>One bucket of a statistic: a key (status, type or classification name) and how many fall in it.</summary>
public sealed record CountByKey(string Key, int Count);
