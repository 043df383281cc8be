namespace Argus.Execution.Capabilities.OpenC2;

/// <summary>
/// The variables the openc2-http capability sets, by the names a step lists in <c>out_args</c>. Only names listed
/// there are copied into scope; other <c>out_args</c> names get nothing and keep their value.
/// </summary>
public static class OpenC2Outputs
{
    /// <summary>The OpenC2 status from the response body (<c>200</c>, <c>102</c>, …); empty when the consumer sent no response (HTTP 204).</summary>
    public const string Status = "__openc2_status__";

    /// <summary>The response's <c>status_text</c>; empty when it has none.</summary>
    public const string StatusText = "__openc2_status_text__";

    /// <summary>The response's <c>results</c> as compact JSON (e.g. <c>{"slpf":{"rule_number":1}}</c>); empty when it has none.</summary>
    public const string Results = "__openc2_results__";

    /// <summary>The whole OpenC2 response (status, status_text, results) as compact JSON, without the transfer envelope; empty when none.</summary>
    public const string Response = "__openc2_response__";

    /// <summary>The request id sent (X-Request-ID and the envelope's <c>headers.request_id</c>).</summary>
    public const string RequestId = "__openc2_request_id__";

    /// <summary>The name of the configured actuator the command went to.</summary>
    public const string Actuator = "__openc2_actuator__";

    /// <summary>SOARCA's name for the response (its openc2 example playbooks list it in out_args): the same value as <see cref="Response"/>.</summary>
    public const string SoarcaResult = "__soarca_openc2_http_result__";
}
