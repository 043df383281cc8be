namespace Argus.Storage.Playbooks;

/// <summary>The order of <see cref="IPlaybookLibrary.ListAsync"/>.</summary>
public enum PlaybookSort
{
    /// <summary>Newest <c>modified</c> first.</summary>
    ModifiedDescending,

    /// <summary>By name, ordinal, ascending.</summary>
    Name,
}
