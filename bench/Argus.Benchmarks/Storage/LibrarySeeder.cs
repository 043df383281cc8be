using Argus.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Argus.Benchmarks.Storage;

/// <summary>
/// Bulk-loads seed rows straight into the migrated schema: one transaction per organisation, multi-row
/// <c>unnest</c> inserts on PostgreSQL (COPY FROM is refused on tables under row-level security), a prepared
/// statement on SQLite. Organisations' audit chains stay empty: seeding is not importing.
/// </summary>
internal static class LibrarySeeder
{
    private const string Columns =
        """
        organisation_id, playbook_id, modified, modified_us, document, sha256, size_bytes, name, description, playbook_types, labels,
        created, created_by, revoked, valid_from, valid_until, playbook_variables, markings, processing_summary, step_count,
        validation_warnings, classification, status, version_label, author, importer, imported_us, status_changed_by, status_changed_us
        """;

    public static async Task<long> SeedAsync(StorageOptions options, int organisations, int playbooksPerOrganisation, DateTimeOffset now)
    {
        long rows = 0;
        for (var o = 0; o < organisations; o++)
        {
            var org = $"org-{o:D2}";
            var batch = SeedRow.ForOrganisation(o, playbooksPerOrganisation, now).ToList();
            rows += batch.Count;
            if (options.Provider == StorageProvider.Postgres)
            {
                await SeedPostgresAsync(options.ConnectionString!, org, batch, now).ConfigureAwait(false);
            }
            else
            {
                SeedSqlite(Path.Combine(options.DataDirectory, StorageOptions.SqliteFileName), org, batch, now);
            }
        }

        return rows;
    }

    private static async Task SeedPostgresAsync(string connectionString, string org, List<SeedRow> rows, DateTimeOffset now)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using (var scope = new NpgsqlCommand("SELECT set_config('argus.org', @org, true), set_config('argus.clearance', '4', true)", connection, transaction))
        {
            scope.Parameters.AddWithValue("org", org);
            await scope.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await using (var insertOrg = new NpgsqlCommand("INSERT INTO organisations (id, display_name, created_us) VALUES (@org, @org, @now)", connection, transaction))
        {
            insertOrg.Parameters.AddWithValue("org", org);
            insertOrg.Parameters.AddWithValue("now", (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
            await insertOrg.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        foreach (var chunk in rows.Chunk(1000))
        {
            await using var command = new NpgsqlCommand(
                $$"""
                 INSERT INTO playbook_versions ({{Columns}})
                 SELECT @org, u.id, u.modified, u.modified_us, u.document, u.sha256, length(u.document), u.name, 'Benchmark playbook',
                        jsonb_build_array(u.type), jsonb_build_array(u.label), '2024-01-01T00:00:00.000Z', NULL, false, NULL, NULL,
                        '[]'::jsonb, '[]'::jsonb, '{}'::jsonb, 3, '[]'::jsonb, u.classification, u.status, NULL, NULL,
                        'seed', u.imported_us, 'seed', u.imported_us
                 FROM unnest(@ids, @modified, @modifiedUs, @documents, @sha, @names, @types, @labels, @classifications, @statuses, @importedUs)
                      AS u(id, modified, modified_us, document, sha256, name, type, label, classification, status, imported_us)
                 """,
                connection,
                transaction);
            command.Parameters.AddWithValue("org", org);
            command.Parameters.AddWithValue("ids", chunk.Select(r => r.PlaybookId).ToArray());
            command.Parameters.AddWithValue("modified", chunk.Select(r => r.Modified).ToArray());
            command.Parameters.AddWithValue("modifiedUs", chunk.Select(r => r.ModifiedUs).ToArray());
            command.Parameters.AddWithValue("documents", NpgsqlDbType.Array | NpgsqlDbType.Bytea, chunk.Select(r => r.Document).ToArray());
            command.Parameters.AddWithValue("sha", chunk.Select(r => r.Sha256).ToArray());
            command.Parameters.AddWithValue("names", chunk.Select(r => r.Name).ToArray());
            command.Parameters.AddWithValue("types", chunk.Select(r => r.Type).ToArray());
            command.Parameters.AddWithValue("labels", chunk.Select(r => r.Label).ToArray());
            command.Parameters.AddWithValue("classifications", chunk.Select(r => r.Classification).ToArray());
            command.Parameters.AddWithValue("statuses", chunk.Select(r => r.Status).ToArray());
            command.Parameters.AddWithValue("importedUs", chunk.Select(r => r.ImportedUs).ToArray());
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private static void SeedSqlite(string file, string org, List<SeedRow> rows, DateTimeOffset now)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var insertOrg = connection.CreateCommand())
        {
            insertOrg.CommandText = "INSERT INTO organisations (id, display_name, created_us) VALUES ($org, $org, $now)";
            insertOrg.Parameters.AddWithValue("$org", org);
            insertOrg.Parameters.AddWithValue("$now", (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10);
            insertOrg.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText =
            $$"""
             INSERT INTO playbook_versions ({{Columns}})
             VALUES ($org, $id, $modified, $modifiedUs, $document, $sha, length($document), $name, 'Benchmark playbook',
                     json_array($type), json_array($label), '2024-01-01T00:00:00.000Z', NULL, 0, NULL, NULL, '[]', '[]', '{}', 3, '[]',
                     $classification, $status, NULL, NULL, 'seed', $importedUs, 'seed', $importedUs)
             """;
        var parameters = new[] { "$org", "$id", "$modified", "$modifiedUs", "$document", "$sha", "$name", "$type", "$label", "$classification", "$status", "$importedUs" }
            .ToDictionary(n => n, n => command.Parameters.Add(new SqliteParameter { ParameterName = n }));
        command.Prepare();
        foreach (var row in rows)
        {
            parameters["$org"].Value = org;
            parameters["$id"].Value = row.PlaybookId;
            parameters["$modified"].Value = row.Modified;
            parameters["$modifiedUs"].Value = row.ModifiedUs;
            parameters["$document"].Value = row.Document;
            parameters["$sha"].Value = row.Sha256;
            parameters["$name"].Value = row.Name;
            parameters["$type"].Value = row.Type;
            parameters["$label"].Value = row.Label;
            parameters["$classification"].Value = row.Classification;
            parameters["$status"].Value = row.Status;
            parameters["$importedUs"].Value = row.ImportedUs;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
