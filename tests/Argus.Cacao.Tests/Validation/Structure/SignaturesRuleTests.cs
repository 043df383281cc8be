using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class SignaturesRuleTests
{
    private static JsonObject WithSignature(JsonObject signature)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["signatures"] = new JsonArray(signature);
        return playbook;
    }

    [Fact]
    public void Validate_CompleteSignatureWithoutRelatedTo_ReportsNothing()
    {
        WithSignature(TestPlaybooks.Signature()).Validate().AssertClean();
    }

    [Fact]
    public void Validate_NoKeyMaterial_ReportsSignatureKeyMissing()
    {
        var signature = TestPlaybooks.Signature();
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
        var signature = TestPlaybooks.Signature();
        signature.Remove(missing);

        WithSignature(signature).Validate().AssertError(ValidationCodes.PropertyRequired, $"/signatures/0/{missing}");
    }

    [Fact]
    public void Validate_ValueNotBase64Url_ReportsBase64Invalid()
    {
        var signature = TestPlaybooks.Signature();
        signature["value"] = "gXy+PW/uU";

        WithSignature(signature).Validate().AssertError(ValidationCodes.Base64Invalid, "/signatures/0/value");
    }

    [Fact]
    public void Validate_HmacAlgorithm_WarnsDiscouraged()
    {
        var signature = TestPlaybooks.Signature();
        signature["algorithm"] = "HS256";

        WithSignature(signature).Validate().AssertWarning(ValidationCodes.SignatureAlgorithmDiscouraged, "/signatures/0/algorithm");
    }

    [Fact]
    public void Validate_NodeStyleHashName_WarnsVocabularyUnknown()
    {
        var signature = TestPlaybooks.Signature();
        signature["hash_algorithm"] = "sha256";

        WithSignature(signature).Validate().AssertWarning(ValidationCodes.VocabularyUnknown, "/signatures/0/hash_algorithm");
    }

    [Fact]
    public void Validate_CountersignatureMissingSignee_ReportsPathInsideNesting()
    {
        var counter = TestPlaybooks.Signature("jss--b5f0e4d7-2a4c-4d1d-8e9f-3c0a7f1e2d32");
        counter.Remove("signee");
        var signature = TestPlaybooks.Signature();
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
