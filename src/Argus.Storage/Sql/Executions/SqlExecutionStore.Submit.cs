using System.Data.Common;
using System.Globalization;
using Argus.Cacao.Model.Workflow;
using Argus.Cacao.Serialization;
using Argus.Storage.Access;
using Argus.Storage.Audit;
using Argus.Storage.Executions;
using Argus.Storage.Playbooks;
using Dapper;

namespace Argus.Storage.Sql.Executions;

internal sealed partial class SqlExecutionStore
{
    public async Task<SubmitExecutionResult> SubmitAsync(AccessScope scope, ExecutionSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(submission);
        if (CheckSubmission(submission) is { } problem)
        {
            return SubmitExecutionResult.Refused(ExecutionChange.Invalid, problem);
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginAsync(connection, scope, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var version = await SqlPlaybookLibrary.FindAsync(
                    connection, transaction, scope, submission.PlaybookId, submission.PlaybookModified, cancellationToken).ConfigureAwait(false);
                if (version is null)
                {
                    return SubmitExecutionResult.Refused(ExecutionChange.NotFound, submission.PlaybookModified is null
                        ? $"No version of {submission.PlaybookId} is visible."
                        : $"Version {submission.PlaybookModified} of {submission.PlaybookId} is not visible.");
                }

                if (submission.StepId is { } stepId
                    && await CheckStepAsync(connection, transaction, scope, version, stepId, cancellationToken).ConfigureAwait(false) is { } refusal)
                {
                    return refusal;
                }

                var head = await AuditWriter.LockAsync(Dialect, connection, transaction, scope.Organisation, cancellationToken).ConfigureAwait(false);
                var now = database.Time.GetUtcNow();
                var execution = new StoredExecution
                {
                    Id = Guid.CreateVersion7(now),
                    Organisation = scope.Organisation,
                    Clearance = scope.Clearance,
                    RequestedBy = scope.UserName,
                    PlaybookId = version.PlaybookId,
                    PlaybookModified = version.Modified,
                    StepId = submission.StepId,
                    Mode = submission.Mode,
                    State = ExecutionState.Pending,
                    InputVariables = submission.Variables,
                    CreatedAt = MicroTime.To(MicroTime.From(now)),
                    Attempt = 0,
                    CancelRequested = false,
                };
                await InsertAsync(connection, transaction, execution, version.Classification, cancellationToken).ConfigureAwait(false);
                // Never the variables' values (they may hold secrets): how many there were.
                await AuditWriter.AppendAsync(connection, transaction, head, scope.Organisation, scope.UserName, AuditActions.ExecutionSubmit,
                    Key(execution.Id),
                    new Dictionary<string, string>
                    {
                        ["playbook"] = version.PlaybookId,
                        ["modified"] = version.Modified,
                        ["step"] = submission.StepId ?? "",
                        ["mode"] = submission.Mode.ToName(),
                        ["variables"] = submission.Variables.Count.ToString(CultureInfo.InvariantCulture),
                    },
                    now,
                    cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return SubmitExecutionResult.Stored(execution);
            }
        }
    }

    private static string? CheckSubmission(ExecutionSubmission submission)
    {
        if (string.IsNullOrWhiteSpace(submission.PlaybookId))
        {
            return "The playbook id is empty.";
        }

        if (submission.PlaybookModified is { } modified && string.IsNullOrWhiteSpace(modified))
        {
            return "The playbook version is empty; leave it out (null) to run the latest version.";
        }

        if (submission.StepId is { } stepId && string.IsNullOrWhiteSpace(stepId))
        {
            return "The step id is empty; leave it out (null) to run the whole playbook.";
        }

        if (!Enum.IsDefined(submission.Mode))
        {
            return "The execution mode is neither LIVE nor EXERCISE.";
        }

        return ExecutionInput.CheckVariables(submission.Variables);
    }

    /// <summary>Null when <paramref name="stepId"/> names an action step of the version's workflow; otherwise the refusal.</summary>
    private static async Task<SubmitExecutionResult?> CheckStepAsync(
        DbConnection connection, DbTransaction transaction, AccessScope scope, PlaybookVersion version, string stepId, CancellationToken cancellationToken)
    {
        var document = await connection.QuerySingleAsync<byte[]>(new CommandDefinition(
            $"SELECT v.document FROM playbook_versions v WHERE {SqlPlaybookLibrary.VisibleTo("v")} AND v.playbook_id = @playbookId AND v.modified = @modified",
            new { org = scope.Organisation.Value, clearance = (int)scope.Clearance, playbookId = version.PlaybookId, modified = version.Modified },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (CacaoReader.Read(document) is not CacaoReadResult.Parsed parsed)
        {
            // Stored documents passed the validator on import; one that no longer reads is a broken database.
            throw new InvalidOperationException($"The stored document of {version.PlaybookId} version {version.Modified} cannot be read.");
        }

        if (parsed.Playbook.Workflow is not { } workflow || !workflow.TryGetValue(stepId, out var step))
        {
            return SubmitExecutionResult.Refused(ExecutionChange.NotFound, $"The workflow of {version.PlaybookId} has no step {stepId}.");
        }

        return step is ActionStep
            ? null
            : SubmitExecutionResult.Refused(ExecutionChange.Invalid, $"Step {stepId} is not an action step; only an action step runs on its own.");
    }

    private static Task InsertAsync(
        DbConnection connection, DbTransaction transaction, StoredExecution execution, ClearanceLevel classification, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO executions (
                id, organisation_id, classification, clearance, requested_by, playbook_id, playbook_modified, step_id, mode, state,
                input_variables, created_us, attempt, cancel_requested, change_seq)
            VALUES (
                @id, @org, @classification, @clearance, @requestedBy, @playbookId, @modified, @stepId, @mode, @state,
                @variables, @createdUs, 0, @cancelRequested, 0)
            """,
            new
            {
                id = Key(execution.Id),
                org = execution.Organisation.Value,
                classification = (int)classification,
                clearance = (int)execution.Clearance,
                requestedBy = execution.RequestedBy,
                playbookId = execution.PlaybookId,
                modified = execution.PlaybookModified,
                stepId = execution.StepId,
                mode = execution.Mode.ToName(),
                state = execution.State.ToName(),
                variables = VariableJson.Write(execution.InputVariables),
                createdUs = MicroTime.From(execution.CreatedAt),
                cancelRequested = false,
            },
            transaction,
            cancellationToken: cancellationToken));
}
