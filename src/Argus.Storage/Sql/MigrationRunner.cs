using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace Argus.Storage.Sql;

/// <summary>
/// Applies the embedded <c>NNNN_name.sql</c> scripts of a provider in order, each in its own transaction with its
/// row in <c>schema_migrations</c>, under a lock: running it twice, or from two processes at once, is safe.
/// </summary>
internal sealed class MigrationRunner(SqlDialect dialect, TimeProvider time)
{
    private const string CreateTable =
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_us BIGINT NOT NULL)";

    public async Task<MigrationResult> RunAsync(CancellationToken cancellationToken)
    {
        var connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await dialect.PrepareDatabaseAsync(connection, cancellationToken).ConfigureAwait(false);
            var applied = ImmutableArray.CreateBuilder<string>();
            var current = 0;
            foreach (var (version, name, script) in Scripts())
            {
                var transaction = await dialect.BeginAsync(connection, null, Access.ClearanceLevel.Unclassified, cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await dialect.LockMigrationsAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                    await connection.ExecuteAsync(new CommandDefinition(CreateTable, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    var done = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                        "SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    if (done == 0)
                    {
                        await connection.ExecuteAsync(new CommandDefinition(script, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                        await connection.ExecuteAsync(new CommandDefinition(
                            "INSERT INTO schema_migrations (version, name, applied_us) VALUES (@version, @name, @now)",
                            new { version, name, now = MicroTime.From(time.GetUtcNow()) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                        applied.Add(name);
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                current = version;
            }

            return new MigrationResult(applied.ToImmutable(), current);
        }
    }

    private IEnumerable<(int Version, string Name, string Script)> Scripts()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(dialect.MigrationResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var name = resource[dialect.MigrationResourcePrefix.Length..^".sql".Length];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            yield return (version, name, Read(assembly, resource));
        }
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded migration {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
