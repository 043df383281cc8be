using System.Text.Json.Nodes;
using Argus.Cacao.Validation;

namespace Argus.Cacao.Tests.Validation.Structure;

public sealed class AuthenticationInfoDefinitionsRuleTests
{
    private const string OAuthKey = "oauth2--0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
    private static readonly string AuthPath = $"/authentication_info_definitions/{TestPlaybooks.AuthId}";

    private static JsonObject WithAuth(string key, JsonObject auth)
    {
        var playbook = TestPlaybooks.Minimal();
        playbook["authentication_info_definitions"]![key] = auth;
        return playbook;
    }

    [Theory]
    [InlineData("oauth_header")]
    [InlineData("token")]
    public void Validate_OAuth2WithoutHeaderOrToken_ReportsPropertyRequired(string missing)
    {
        var auth = new JsonObject { ["type"] = "oauth2", ["oauth_header"] = "Authorization", ["token"] = "__token__:value" };
        auth.Remove(missing);

        WithAuth(OAuthKey, auth).Validate().AssertError(ValidationCodes.PropertyRequired, $"/authentication_info_definitions/{OAuthKey}/{missing}");
    }

    [Fact]
    public void Validate_OAuth2WithKmsAndNoToken_ReportsNothing()
    {
        var auth = new JsonObject { ["type"] = "oauth2", ["oauth_header"] = "Authorization", ["kms"] = true, ["kms_key_identifier"] = "vault:soc/token" };

        WithAuth(OAuthKey, auth).Validate().AssertClean();
    }

    [Fact]
    public void Validate_KmsWithPassword_ReportsKmsConflictWithoutEchoingTheSecret()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Auth()["kms"] = true;
        playbook.Auth()["kms_key_identifier"] = "vault:soc/ssh";
        playbook.Auth()["password"] = "hunter2-secret";

        var report = playbook.Validate();

        report.AssertError(ValidationCodes.KmsConflict, $"{AuthPath}/password");
        Assert.DoesNotContain(report.Issues, i => i.Message.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_KeyIdentifierWithoutKms_ReportsKmsConflict()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Auth().Remove("password");
        playbook.Auth()["kms_key_identifier"] = "vault:soc/ssh";

        playbook.Validate().AssertError(ValidationCodes.KmsConflict, $"{AuthPath}/kms");
    }

    [Fact]
    public void Validate_PrivateKeyType_WarnsLegacyOnly()
    {
        var key = "private-key--b7ddc2ea-9f6a-4e82-8eaa-be202e942090";
        var auth = new JsonObject { ["type"] = "private-key", ["username"] = "ubuntu", ["private_key"] = "__key__:value" };

        var report = WithAuth(key, auth).Validate();

        report.AssertWarning(ValidationCodes.VocabularyLegacy, $"/authentication_info_definitions/{key}/type");
        Assert.Single(report.Issues);
    }

    [Fact]
    public void Validate_CustomAuthType_WarnsVocabularyUnknown()
    {
        var key = "authentication-info--5a9c4caa-734b-4bd4-bbe1-fef0d426cf5a";
        var auth = new JsonObject { ["type"] = "authentication-info", ["username"] = "admin" };

        var report = WithAuth(key, auth).Validate();

        report.AssertWarning(ValidationCodes.VocabularyUnknown, $"/authentication_info_definitions/{key}/type");
        Assert.True(report.IsValid);
    }

    [Fact]
    public void Validate_KmsNotBoolean_ReportsTypeMismatch()
    {
        var playbook = TestPlaybooks.Minimal();
        playbook.Auth()["kms"] = "yes";

        playbook.Validate().AssertError(ValidationCodes.TypeMismatch, $"{AuthPath}/kms");
    }
}
