namespace Argus.Cli.Tests;

public sealed class ArgusCommandLineTests
{
    [Theory]
    [InlineData("nosuchverb")]
    [InlineData("import")]
    [InlineData("export")]
    public async Task InvokeAsync_UsageError_ExitsTwoAndExplainsOnStandardError(string verb)
    {
        using var error = new StringWriter();

        var exitCode = await ArgusCommandLine.InvokeAsync([verb], error);

        Assert.Equal(ArgusCommandLine.UsageOrIoError, exitCode);
        Assert.Contains("argus --help", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_NoVerb_ExitsTwo()
    {
        using var error = new StringWriter();

        Assert.Equal(ArgusCommandLine.UsageOrIoError, await ArgusCommandLine.InvokeAsync([], error));
    }
}
