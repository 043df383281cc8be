namespace Argus.OpenC2.Language;

/// <summary>The twenty actions of OpenC2 Language Specification v1.0 §3.3.1.1, numbered with their spec ids.</summary>
/// <remarks>The spec says the action list SHALL NOT be extended; JSON uses <see cref="OpenC2Vocabulary.ActionName"/>.</remarks>
public enum OpenC2Action
{
    Scan = 1,
    Locate = 2,
    Query = 3,
    Deny = 6,
    Contain = 7,
    Allow = 8,
    Start = 9,
    Stop = 10,
    Restart = 11,
    Cancel = 14,
    Set = 15,
    Update = 16,
    Redirect = 18,
    Create = 19,
    Delete = 20,
    Detonate = 22,
    Restore = 23,
    Copy = 28,
    Investigate = 30,
    Remediate = 32,
}
