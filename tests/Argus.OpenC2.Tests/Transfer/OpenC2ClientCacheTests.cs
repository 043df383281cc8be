using Argus.OpenC2.Transfer;

namespace Argus.OpenC2.Tests.Transfer;

public sealed class OpenC2ClientCacheTests
{
    [Fact]
    public void GetOrCreate_EqualEndpointConfigurations_ShareOneClient()
    {
        using var cache = new OpenC2ClientCache();
        var endpoint = new OpenC2Endpoint(new Uri("https://127.0.0.1:9443"));

        var first = cache.GetOrCreate(endpoint);
        var second = cache.GetOrCreate(endpoint with { });

        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void GetOrCreate_DifferentTransferVersion_GetsItsOwnClient()
    {
        using var cache = new OpenC2ClientCache();
        var endpoint = new OpenC2Endpoint(new Uri("https://127.0.0.1:9443"));

        var v11 = cache.GetOrCreate(endpoint);
        var v10 = cache.GetOrCreate(endpoint with { Transfer = OpenC2TransferVersion.V1_0 });

        Assert.NotSame(v11, v10);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void GetOrCreate_AfterDispose_Throws()
    {
        var cache = new OpenC2ClientCache();
        cache.Dispose();

        Assert.Throws<ObjectDisposedException>(() => cache.GetOrCreate(new OpenC2Endpoint(new Uri("https://127.0.0.1:9443"))));
    }
}
