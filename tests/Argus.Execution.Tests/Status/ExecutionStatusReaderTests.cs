using Argus.Execution.Status;

namespace Argus.Execution.Tests.Status;

public sealed class ExecutionStatusReaderTests
{
    private static ExecutionStatusRecord Record(ExecutionStatus status) => new()
    {
        Id = "execution-status--" + Guid.NewGuid().ToString("D"),
        WorkflowId = "playbook--" + Guid.NewGuid().ToString("D"),
        WorkflowStep = "action--" + Guid.NewGuid().ToString("D"),
        StartTime = new DateTimeOffset(2025, 3, 4, 5, 6, 7, 89, TimeSpan.Zero),
        Duration = 12,
        Status = status,
        StatusText = "text",
        ExecutedBy = "soarca--" + Guid.NewGuid().ToString("D"),
        CommandB64 = ["bHM=", "cHdk"],
        Notes = "n",
        AutomatedExecution = false,
    };

    [Theory]
    [InlineData(ExecutionStatus.SuccessfullyExecuted)]
    [InlineData(ExecutionStatus.Ongoing)]
    [InlineData(ExecutionStatus.ExceptionConditionError)]
    public void Read_WrittenRecord_RoundTripsEveryProperty(ExecutionStatus status)
    {
        var record = Record(status);

        var read = ExecutionStatusReader.Read(ExecutionStatusWriter.ToJson(record));

        Assert.NotNull(read);
        Assert.Equal(ExecutionStatusWriter.ToJson(record), ExecutionStatusWriter.ToJson(read));
    }

    [Fact]
    public void Read_OngoingRecordWithoutOptionalProperties_LeavesThemNull()
    {
        var record = Record(ExecutionStatus.Ongoing) with { Duration = null, StatusText = null, ExecutedBy = null, Notes = null };

        var read = ExecutionStatusReader.Read(ExecutionStatusWriter.ToJson(record));

        Assert.NotNull(read);
        Assert.Null(read.Duration);
        Assert.Null(read.StatusText);
        Assert.Null(read.ExecutedBy);
        Assert.Null(read.Notes);
    }

    [Theory]
    [InlineData("successfully_completed", ExecutionStatus.SuccessfullyExecuted)]
    [InlineData("exception_condition_invoked", ExecutionStatus.ExceptionConditionError)]
    public void Read_SchemaFileMisspelling_AcceptedAsTheReadmeStatus(string name, ExecutionStatus expected)
    {
        var json = ExecutionStatusWriter.ToJson(Record(ExecutionStatus.Failed)).Replace("\"failed\"", $"\"{name}\"", StringComparison.Ordinal);

        var read = ExecutionStatusReader.Read(json);

        Assert.Equal(expected, read?.Status);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"execution-status\"}")]
    public void Read_NotARecord_ReturnsNull(string json)
    {
        Assert.Null(ExecutionStatusReader.Read(json));
    }

    [Fact]
    public void Read_UnknownStatus_ReturnsNull()
    {
        var json = ExecutionStatusWriter.ToJson(Record(ExecutionStatus.Failed)).Replace("\"failed\"", "\"exploded\"", StringComparison.Ordinal);

        Assert.Null(ExecutionStatusReader.Read(json));
    }
}
