namespace Argus.Storage.Actuators;

/// <summary>One problem with an actuator's input.</summary>
/// <param name="Field">The input field, as the API names it (<c>name</c>, <c>endpoint</c>, <c>clientCertificate</c>, …).</param>
/// <param name="Code">A stable code from <see cref="ActuatorIssueCodes"/>.</param>
/// <param name="Message">What is wrong, for a person; never contains a secret.</param>
public sealed record ActuatorIssue(string Field, string Code, string Message);
