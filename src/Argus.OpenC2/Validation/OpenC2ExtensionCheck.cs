using System.Text.Json;

namespace Argus.OpenC2.Validation;

/// <summary>Checks the content of one profile-defined value and adds what is wrong to <paramref name="issues"/>.</summary>
/// <param name="value">The value (an args, actuator or results object, or an extension target's value).</param>
/// <param name="path">The JSON pointer of <paramref name="value"/>, to prefix issue paths with.</param>
/// <param name="issues">Where issues go.</param>
public delegate void OpenC2ExtensionCheck(JsonElement value, string path, ICollection<OpenC2Issue> issues);
