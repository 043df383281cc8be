using Argus.Server.Authentication;

namespace Argus.Server.Tests.Authentication;

public sealed class LocalSigningKeyStoreTests
{
    [Fact]
    public async Task LoadOrCreateAsync_FreshDirectory_CreatesOwnerOnlyKeyAndReturnsTheSameKeyAfter()
    {
        var directory = Path.Combine(Path.GetTempPath(), "argus-key-tests", Guid.NewGuid().ToString("N"), "data");
        try
        {
            var first = await LocalSigningKeyStore.LoadOrCreateAsync(directory, TestContext.Current.CancellationToken);
            var second = await LocalSigningKeyStore.LoadOrCreateAsync(directory, TestContext.Current.CancellationToken);

            Assert.Equal(first.Key.KeyId, second.Key.KeyId);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                    File.GetUnixFileMode(Path.Combine(directory, LocalSigningKey.FileName)));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
        }
    }
}
