using System.Diagnostics.CodeAnalysis;
using Argus.OpenC2.Validation;

namespace Argus.OpenC2.Serialization;

/// <summary>The outcome of reading untrusted JSON: the model when it is valid, otherwise every issue found.</summary>
public sealed record OpenC2ReadResult<T>(T? Value, OpenC2ValidationReport Report)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    public static OpenC2ReadResult<T> Invalid(OpenC2ValidationReport report) => new(null, report);
}
