using Argus.OpenC2.Transfer;

namespace Argus.OpenC2.Tests.Transfer;

public sealed class RequestIdGeneratorTests
{
    [Fact]
    public void Next_ManyIdsAcrossRefills_AreDistinctVersion4Uuids()
    {
        var generator = new RequestIdGenerator();

        var ids = Enumerable.Range(0, 100).Select(_ => generator.Next()).ToList();

        Assert.Equal(100, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id =>
        {
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
        });
    }
}
