using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class SignaturesRuleTests
{
    private static JsonObject Signature(string id = "jss--a4efd3c6-1f3b-4c0c-9d8e-2b9f6e0d1c21") => new()
    {
        ["type"] = "jss",
        ["id"] = id,
        ["created"] = "2024-01-02T03:04:05.006Z",
        ["modified"] = "2024-01-02T03:04:05.006Z",
        ["signee"] = "ACME SOC",
        ["related_version"] = "2024-01-02T03:04:05.006Z",
        ["hash_algorithm"] = "sha-256",
        ["algorithm"] = "RS256",
        ["public_key"] = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
        ["value"] = "gXyPW--uUKvG_JYo",
    };

    private static JsonObject WithSignature(JsonObject signature)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["signatures"] = new JsonArray(signature);
        return playbook;
    }

    [Fact]
    public void Validate_CompleteSignatureWithoutRelatedTo_ReportsNothing()
    {
        WithSignature(Signature()).Validate().AssertClean();
    }

    [Fact]
    public void Validate_NoKeyMaterial_ReportsSignatureKeyMissing()
    {
        var signature = Signature();
        signature.Remove("public_key");

        WithSignature(signature).Validate().AssertError(ValidationCodes.SignatureKeyMissing, "/signatures/0");
    }

    [Theory]
    [InlineData("signee")]
    [InlineData("hash_algorithm")]
    [InlineData("algorithm")]
    [InlineData("value")]
    [InlineData("related_version")]
    public void Validate_RequiredFieldMissing_ReportsPropertyRequired(string missing)
    {
        var signature = Signature();
        signature.Remove(missing);

        WithSignature(signature).Validate().AssertError(ValidationCodes.PropertyRequired, $"/signatures/0/{missing}");
    }

    [Fact]
    public void Validate_ValueNotBase64Url_ReportsBase64Invalid()
    {
        var signature = Signature();
        signature["value"] = "gXy+PW/uU";

        WithSignature(signature).Validate().AssertError(ValidationCodes.Base64Invalid, "/signatures/0/value");
    }

    [Fact]
    public void Validate_HmacAlgorithm_WarnsDiscouraged()
    {
        var signature = Signature();
        signature["algorithm"] = "HS256";

        WithSignature(signature).Validate().AssertWarning(ValidationCodes.SignatureAlgorithmDiscouraged, "/signatures/0/algorithm");
    }

    [Fact]
    public void Validate_NodeStyleHashName_WarnsVocabularyUnknown()
    {
        var signature = Signature();
        signature["hash_algorithm"] = "sha256";

        WithSignature(signature).Validate().AssertWarning(ValidationCodes.VocabularyUnknown, "/signatures/0/hash_algorithm");
    }

    [Fact]
    public void Validate_CountersignatureMissingSignee_ReportsPathInsideNesting()
    {
        var counter = Signature("jss--b5f0e4d7-2a4c-4d1d-8e9f-3c0a7f1e2d32");
        counter.Remove("signee");
        var signature = Signature();
        signature["signature"] = counter;

        WithSignature(signature).Validate().AssertError(ValidationCodes.PropertyRequired, "/signatures/0/signature/signee");
    }

    [Fact]
    public void Validate_EmptySignatures_ReportsCollectionTooSmall()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["signatures"] = new JsonArray();

        playbook.Validate().AssertError(ValidationCodes.CollectionTooSmall, "/signatures");
    }
}
