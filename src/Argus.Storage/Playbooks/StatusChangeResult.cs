namespace Argus.Storage.Playbooks;

/// <summary>The outcome of <see cref="IPlaybookLibrary.SetStatusAsync"/>.</summary>
public abstract record StatusChangeResult
{
    private StatusChangeResult()
    {
    }

    public sealed record Changed(PlaybookVersion Version) : StatusChangeResult;

    public sealed record NotFound : StatusChangeResult;

    /// <summary>The transition is not allowed (see <see cref="PlaybookStatusNames.CanChange"/>); nothing was written.</summary>
    public sealed record InvalidTransition(PlaybookStatus From, PlaybookStatus To) : StatusChangeResult;
}
