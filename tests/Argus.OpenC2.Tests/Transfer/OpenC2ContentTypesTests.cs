using Argus.OpenC2.Transfer;

namespace Argus.OpenC2.Tests.Transfer;

public sealed class OpenC2ContentTypesTests
{
    [Theory]
    [InlineData("application/openc2+json;version=1.0", true)]
    [InlineData("application/openc2+json; version=1.0", true)]
    [InlineData("Application/OpenC2+JSON; charset=utf-8; version=1.0", true)]
    [InlineData("application/openc2+json;version=2.0", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void IsSameMediaType_Header_ComparesTypeAndVersionLeniently(string? header, bool expected) =>
        Assert.Equal(expected, OpenC2ContentTypes.IsSameMediaType(header, OpenC2ContentTypes.V1_1));

    [Fact]
    public void RequestUri_V1_0WithoutPath_UsesTheExamplesPath()
    {
        var endpoint = new OpenC2Endpoint(new Uri("https://127.0.0.1:8443")) { Transfer = OpenC2TransferVersion.V1_0 };

        Assert.Equal("https://127.0.0.1:8443/openc2", endpoint.RequestUri.ToString());
    }
}
