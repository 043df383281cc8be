using System.Data.Common;
using Argus.Storage;

namespace Argus.Storage.Tests.Support;

/// <summary>
/// One real database for one test class (a class fixture): opened on first use, dropped at the end. The tests of
/// the class share it and keep apart by making their own organisations.
/// </summary>
public abstract class StorageTarget : IAsyncLifetime
{
    private ArgusStorage? _storage;

    /// <summary>The options naming this database; skips (or, under CI, fails) the test when the provider is unavailable.</summary>
    public abstract StorageOptions Options { get; }

    /// <summary>A shared <see cref="ArgusStorage"/> on this database.</summary>
    public ArgusStorage Storage => _storage ??= ArgusStorage.Open(Options);

    /// <summary>A new <see cref="ArgusStorage"/> with its own clock (the caller disposes it).</summary>
    public ArgusStorage Open(TimeProvider time) => ArgusStorage.Open(Options, time);

    /// <summary>A plain connection as the application's role, for tests that look under the library.</summary>
    public abstract Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken);

    public virtual ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
