using System.Text;
using Argus.Storage.Access;
using Argus.Storage.Actuators;
using Argus.Storage.Secrets;
using Argus.Storage.Tests.Support;

namespace Argus.Storage.Tests.Actuators;

/// <summary>
/// Secrets at rest: the raw rows hold no secret, a wrong key is a clear error, a ciphertext moved to another row fails,
/// and audit events never carry a secret. Run on both providers.
/// </summary>
public abstract class ActuatorSecretsTests(StorageTarget target)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private ArgusStorage OpenWithKey(string key)
    {
        var options = target.Options;
        options.SecretsKey = key;
        return ArgusStorage.Open(options);
    }

    [Fact]
    public async Task CreateAsync_Secrets_AreNotInTheRawRow()
    {
        await using var storage = OpenWithKey(TestActuators.NewKey());
        var org = Scopes.NewOrganisation();
        var token = TestActuators.NewSecret("bearer-token");
        var pfxPassword = TestActuators.NewSecret("pfx-password");
        var pkcs12 = TestActuators.Pkcs12(pfxPassword);
        var input = TestActuators.Minimal() with
        {
            Authentication = new ActuatorAuthentication.Bearer(token),
            ClientCertificate = new ActuatorClientCertificate(pkcs12, pfxPassword),
        };
        var created = Assert.IsType<ActuatorWriteResult.Saved>(await storage.Actuators.CreateAsync(Scopes.Admin(org), input, Token)).Actuator;

        var row = await ReadRawRowAsync(org, created.Id);

        Assert.Contains(input.Name, row.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, row.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(pfxPassword, row.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(pkcs12), row.Text, StringComparison.Ordinal);
        Assert.NotNull(row.AuthenticationSecret);
        Assert.NotNull(row.CertificateSecret);
        Assert.False(Contains(row.AuthenticationSecret, Encoding.UTF8.GetBytes(token)));
        Assert.False(Contains(row.CertificateSecret, Encoding.UTF8.GetBytes(pfxPassword)));
        Assert.False(Contains(row.CertificateSecret, pkcs12.AsSpan(0, 64).ToArray()));
    }

    [Fact]
    public async Task GetWithCredentialsAsync_AnotherKey_FailsClearlyNamingBothKeysWhileSecretFreeReadsWork()
    {
        var org = Scopes.NewOrganisation();
        Guid id;
        await using (var writer = OpenWithKey(TestActuators.NewKey()))
        {
            var input = TestActuators.Minimal() with { Authentication = new ActuatorAuthentication.Bearer(TestActuators.NewSecret("token")) };
            id = Assert.IsType<ActuatorWriteResult.Saved>(await writer.Actuators.CreateAsync(Scopes.Admin(org), input, Token)).Actuator.Id;
        }

        await using var reader = OpenWithKey(TestActuators.NewKey());

        var failure = await Assert.ThrowsAsync<SecretDecryptionException>(() => reader.Actuators.GetWithCredentialsAsync(Scopes.Admin(org), id, Token));
        await Assert.ThrowsAsync<SecretDecryptionException>(() => reader.Actuators.ListWithCredentialsAsync(Scopes.Admin(org), Token));
        Assert.Equal(SecretFailure.WrongKey, failure.Failure);
        Assert.Contains("encrypted with secrets key", failure.Message, StringComparison.Ordinal);
        Assert.Contains("SecretsKey", failure.Message, StringComparison.Ordinal);
        Assert.NotNull(await reader.Actuators.GetAsync(Scopes.Admin(org), id, Token));
    }

    [Fact]
    public async Task GetWithCredentialsAsync_CiphertextCopiedFromAnotherActuator_FailsAsDamaged()
    {
        await using var storage = OpenWithKey(TestActuators.NewKey());
        var org = Scopes.NewOrganisation();
        var bearer = TestActuators.Minimal() with { Authentication = new ActuatorAuthentication.Bearer(TestActuators.NewSecret("token")) };
        var victim = TestActuators.Minimal() with { Authentication = new ActuatorAuthentication.Bearer(TestActuators.NewSecret("token")) };
        var source = Assert.IsType<ActuatorWriteResult.Saved>(await storage.Actuators.CreateAsync(Scopes.Admin(org), bearer, Token)).Actuator;
        var target2 = Assert.IsType<ActuatorWriteResult.Saved>(await storage.Actuators.CreateAsync(Scopes.Admin(org), victim, Token)).Actuator;
        await using (var connection = await target.OpenRawAsync(Token))
        await using (var transaction = await connection.BeginTransactionAsync(Token))
        {
            await Raw.SetScopeAsync(connection, transaction, org, ClearanceLevel.TopSecret, Token);
            await Raw.ExecuteAsync(connection, transaction,
                $"UPDATE actuators SET authentication_secret = (SELECT s.authentication_secret FROM actuators s WHERE s.id = '{source.Id:D}') WHERE id = '{target2.Id:D}'",
                Token);
            await transaction.CommitAsync(Token);
        }

        var failure = await Assert.ThrowsAsync<SecretDecryptionException>(() => storage.Actuators.GetWithCredentialsAsync(Scopes.Admin(org), target2.Id, Token));

        Assert.Equal(SecretFailure.Damaged, failure.Failure);
    }

    [Fact]
    public async Task Writes_CreateUpdateDelete_AppendAuditEventsWithoutSecrets()
    {
        await using var storage = OpenWithKey(TestActuators.NewKey());
        var org = Scopes.NewOrganisation();
        var token = TestActuators.NewSecret("token");
        var password = TestActuators.NewSecret("password");
        var input = TestActuators.Minimal() with { Authentication = new ActuatorAuthentication.Bearer(token) };
        var created = Assert.IsType<ActuatorWriteResult.Saved>(await storage.Actuators.CreateAsync(Scopes.Admin(org), input, Token)).Actuator;
        await storage.Actuators.UpdateAsync(Scopes.Admin(org), created.Id, new ActuatorChanges { Authentication = new ActuatorAuthentication.Basic("svc", password) }, Token);
        await storage.Actuators.DeleteAsync(Scopes.Admin(org), created.Id, Token);

        var events = await ReadAuditAsync(org);

        Assert.Equal(["actuator.create", "actuator.update", "actuator.delete"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(created.Id.ToString("D"), e.Subject));
        Assert.Contains("\"authentication\":\"basic\"", events[1].Details, StringComparison.Ordinal);
        Assert.Contains("\"changed\":\"authentication\"", events[1].Details, StringComparison.Ordinal);
        Assert.All(events, e => Assert.DoesNotContain(token, e.Details, StringComparison.Ordinal));
        Assert.All(events, e => Assert.DoesNotContain(password, e.Details, StringComparison.Ordinal));
        Assert.True((await storage.Audit.VerifyAsync(org, Token)).IsIntact);
    }

    private async Task<RawRow> ReadRawRowAsync(OrganisationId org, Guid id)
    {
        await using var connection = await target.OpenRawAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        await Raw.SetScopeAsync(connection, transaction, org, ClearanceLevel.TopSecret, Token);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT * FROM actuators WHERE id = '{id:D}'";
        await using var reader = await command.ExecuteReaderAsync(Token);
        Assert.True(await reader.ReadAsync(Token));
        var text = new StringBuilder();
        byte[]? authentication = null, certificate = null;
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
            switch (value)
            {
                case byte[] bytes when reader.GetName(i) == "authentication_secret":
                    authentication = bytes;
                    break;
                case byte[] bytes when reader.GetName(i) == "client_certificate_secret":
                    certificate = bytes;
                    break;
            }

            text.Append(value is byte[] b ? Encoding.Latin1.GetString(b) + Convert.ToBase64String(b) : value?.ToString()).Append('\n');
        }

        return new RawRow(text.ToString(), authentication, certificate);
    }

    private async Task<List<(string Action, string Subject, string Details)>> ReadAuditAsync(OrganisationId org)
    {
        await using var connection = await target.OpenRawAsync(Token);
        await using var transaction = await connection.BeginTransactionAsync(Token);
        await Raw.SetScopeAsync(connection, transaction, org, ClearanceLevel.TopSecret, Token);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT action, subject, details FROM audit_events WHERE organisation_id = '{org.Value}' ORDER BY sequence";
        await using var reader = await command.ExecuteReaderAsync(Token);
        var events = new List<(string, string, string)>();
        while (await reader.ReadAsync(Token))
        {
            events.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return events;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private sealed record RawRow(string Text, byte[]? AuthenticationSecret, byte[]? CertificateSecret);

    public sealed class OnSqlite(SqliteTarget target) : ActuatorSecretsTests(target), IClassFixture<SqliteTarget>
    {
        private readonly SqliteTarget _sqlite = target;

        [Fact]
        public async Task DatabaseFiles_AfterStoringSecrets_HoldNoSecretBytes()
        {
            await using var storage = OpenWithKey(TestActuators.NewKey());
            var org = Scopes.NewOrganisation();
            var token = TestActuators.NewSecret("bearer-token");
            var input = TestActuators.Minimal() with { Authentication = new ActuatorAuthentication.Bearer(token) };
            Assert.IsType<ActuatorWriteResult.Saved>(await storage.Actuators.CreateAsync(Scopes.Admin(org), input, Token));

            var files = Directory.GetFiles(Path.GetDirectoryName(_sqlite.DatabaseFile)!, StorageOptions.SqliteFileName + "*");

            Assert.NotEmpty(files);
            Assert.Contains(files, f => Contains(ReadShared(f), Encoding.UTF8.GetBytes(input.Name)));
            Assert.All(files, f => Assert.False(Contains(ReadShared(f), Encoding.UTF8.GetBytes(token)), $"{f} holds the token"));
        }

        [Fact]
        public async Task CreateAsync_NoConfiguredKey_CreatesAnOwnerOnlyKeyFileOnceAndReusesIt()
        {
            var org = Scopes.NewOrganisation();
            var input = TestActuators.Minimal() with { Authentication = new ActuatorAuthentication.Bearer(TestActuators.NewSecret("token")) };
            var keyFile = Path.Combine(Path.GetDirectoryName(_sqlite.DatabaseFile)!, "secrets.key");
            Guid id;
            await using (var first = ArgusStorage.Open(_sqlite.Options))
            {
                id = Assert.IsType<ActuatorWriteResult.Saved>(await first.Actuators.CreateAsync(Scopes.Admin(org), input, Token)).Actuator.Id;
            }

            var key = await File.ReadAllTextAsync(keyFile, Token);
            await using var second = ArgusStorage.Open(_sqlite.Options);
            var read = await second.Actuators.GetWithCredentialsAsync(Scopes.Admin(org), id, Token);

            Assert.Equal(32, Convert.FromBase64String(key.Trim()).Length);
            Assert.Equal(input.Authentication, read?.Credentials.Authentication);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }
        }

        private static byte[] ReadShared(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    public sealed class OnPostgres(PostgresTarget target) : ActuatorSecretsTests(target), IClassFixture<PostgresTarget>
    {
        private readonly PostgresTarget _postgres = target;

        [Fact]
        public async Task RowLevelSecurity_ApplicationRoleScopedToAnotherOrganisation_SeesNoActuatorRows()
        {
            await using var storage = OpenWithKey(TestActuators.NewKey());
            var org = Scopes.NewOrganisation();
            Assert.IsType<ActuatorWriteResult.Saved>(await storage.Actuators.CreateAsync(Scopes.Admin(org), TestActuators.Minimal(), Token));

            await using var connection = await _postgres.OpenRawAsync(Token);
            var unscoped = await Raw.ScalarAsync<long>(connection, null, "SELECT COUNT(*) FROM actuators", Token);
            await using var transaction = await connection.BeginTransactionAsync(Token);
            await Raw.SetScopeAsync(connection, transaction, Scopes.NewOrganisation(), ClearanceLevel.TopSecret, Token);
            var otherOrganisation = await Raw.ScalarAsync<long>(connection, transaction, "SELECT COUNT(*) FROM actuators", Token);
            var forged = await Raw.ExecuteAsync(connection, transaction, "DELETE FROM actuators", Token);

            Assert.Equal((0L, 0L, 0), (unscoped, otherOrganisation, forged));
        }
    }
}
