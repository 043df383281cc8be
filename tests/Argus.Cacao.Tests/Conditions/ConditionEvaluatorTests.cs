using Argus.Cacao.Conditions;

namespace Argus.Cacao.Tests.Conditions;

public sealed class ConditionEvaluatorTests
{
    [Theory]
    // integer and long: numeric, any size
    [InlineData("__v__:value <= 10", "integer", "9", true)]
    [InlineData("__v__:value <= 10", "integer", "11", false)]
    [InlineData("__v__:value < 10", "integer", "10", false)]
    [InlineData("__v__:value > 9", "long", "10", true)]
    [InlineData("__v__:value >= -2147483647", "long", "-2147483647", true)]
    [InlineData("__v__:value = 123456789012345678901234567890", "integer", "123456789012345678901234567890", true)]
    [InlineData("__v__:value = '007'", "integer", "7", true)]
    [InlineData("__v__:value != 7", "integer", "8", true)]
    [InlineData("__v__:value = 7.0", "integer", "7", true)]
    [InlineData("__v__:value < 7.5", "integer", "7", true)]
    // float
    [InlineData("__v__:value > 3.14", "float", "3.14159265", true)]
    [InlineData("__v__:value = 2", "float", "2.0", true)]
    [InlineData("__v__:value <> 2", "float", "2.5", true)]
    // bool
    [InlineData("__v__:value = true", "bool", "true", true)]
    [InlineData("__v__:value = 'FALSE'", "bool", "false", true)]
    [InlineData("__v__:value != false", "bool", "true", true)]
    [InlineData("__v__:value", "bool", "true", true)]
    [InlineData("__v__:value", "bool", "false", false)]
    [InlineData("NOT __v__:value", "bool", "false", true)]
    // strings: ordinal, case-sensitive
    [InlineData("__v__:value = yes", "string", "yes", true)]
    [InlineData("__v__:value = 'Yes'", "string", "yes", false)]
    [InlineData("__v__:value != '01-01-2025'", "string", "01-01-2025", false)]
    [InlineData("__v__:value < 'b'", "string", "a", true)]
    [InlineData("__v__:value < 'B'", "string", "a", false)]
    [InlineData("__v__:value = 10", "string", "10", true)]
    [InlineData("__v__:value < 10", "string", "9", false)]
    [InlineData("__v__:value = 'https://a.example/x'", "uri", "https://a.example/x", true)]
    [InlineData("__v__:value = '{\"a\":\"fun\"}'", "dictionary", "{\"a\":\"fun\"}", true)]
    [InlineData("__v__:value = 'x'", "custom-type", "x", true)]
    // IP addresses and CIDR blocks
    [InlineData("__v__:value = '10.0.0.1'", "ipv4-addr", "10.0.0.1", true)]
    [InlineData("__v__:value = '10.0.0.1/32'", "ipv4-addr", "10.0.0.1", true)]
    [InlineData("__v__:value = '10.0.0.2'", "ipv4-addr", "10.0.0.1", false)]
    [InlineData("__v__:value < 10.0.0.10", "ipv4-addr", "10.0.0.9", true)]
    [InlineData("__v__:value ISSUBSET '10.0.0.0/8'", "ipv4-addr", "10.20.30.40", true)]
    [InlineData("__v__:value ISSUBSET '10.0.0.0/8'", "ipv4-addr", "11.0.0.1", false)]
    [InlineData("__v__:value NOT ISSUBSET '10.0.0.0/8'", "ipv4-addr", "11.0.0.1", true)]
    [InlineData("__v__:value ISSUBSET '10.0.0.0/8'", "ipv4-addr", "10.1.0.0/16", true)]
    [InlineData("__v__:value ISSUBSET '10.1.0.0/16'", "ipv4-addr", "10.0.0.0/8", false)]
    [InlineData("__v__:value ISSUPERSET '192.168.1.7'", "ipv4-addr", "192.168.0.0/16", true)]
    [InlineData("__v__:value NOT ISSUPERSET '192.169.1.7'", "ipv4-addr", "192.168.0.0/16", true)]
    [InlineData("__v__:value ISSUBSET '0.0.0.0/0'", "ipv4-addr", "203.0.113.9", true)]
    [InlineData("__v__:value = '2001:db8::1'", "ipv6-addr", "2001:0DB8:0:0:0:0:0:1", true)]
    [InlineData("__v__:value ISSUBSET '2001:db8::/32'", "ipv6-addr", "2001:db8:1::5", true)]
    [InlineData("__v__:value ISSUBSET '10.0.0.0/8'", "ipv6-addr", "2001:db8::1", false)]
    // MAC, uuid, hashes
    [InlineData("__v__:value = 'BC-D0-74-7A-3A-31'", "mac-addr", "bc:d0:74:7a:3a:31", true)]
    [InlineData("__v__:value = 'bcd0.747a.3a31'", "mac-addr", "bc:d0:74:7a:3a:31", true)]
    [InlineData("__v__:value = 'bc:d0:74:7a:3a:32'", "mac-addr", "bc:d0:74:7a:3a:31", false)]
    [InlineData("__v__:value = '6BA7B810-9DAD-11D1-80B4-00C04FD430C8'", "uuid", "6ba7b810-9dad-11d1-80b4-00c04fd430c8", true)]
    [InlineData("__v__:value = 'D41D8CD98F00B204E9800998ECF8427E'", "md5-hash", "d41d8cd98f00b204e9800998ecf8427e", true)]
    [InlineData("__v__:value != 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855'", "sha256-hash", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", false)]
    [InlineData("__v__:value = 'ABCDEF'", "hash", "abcdef", true)]
    [InlineData("__v__:value = '0xfca1'", "hexstring", "0xFCA1", true)]
    // IN, LIKE, MATCHES
    [InlineData("__v__:value IN (1, 2, 3)", "integer", "2", true)]
    [InlineData("__v__:value IN (1, 2, 3)", "integer", "4", false)]
    [InlineData("__v__:value NOT IN (1, 2, 3)", "integer", "4", true)]
    [InlineData("__v__:value IN ()", "integer", "4", false)]
    [InlineData("__v__:value IN ('a', 'b')", "string", "b", true)]
    [InlineData("__v__:value LIKE 'web%'", "string", "webshell.php", true)]
    [InlineData("__v__:value LIKE 'web_'", "string", "webs", true)]
    [InlineData("__v__:value LIKE 'web_'", "string", "web", false)]
    [InlineData("__v__:value LIKE '%.php'", "string", "shell.PHP", false)]
    [InlineData("__v__:value NOT LIKE '%.exe'", "string", "shell.php", true)]
    [InlineData("__v__:value MATCHES '^[a-z]+\\\\.php$'", "string", "shell.php", true)]
    [InlineData("__v__:value MATCHES 'php'", "string", "a.php.txt", true)]
    [InlineData("__v__:value NOT MATCHES '^\\\\d+$'", "string", "12a", true)]
    // boolean operators
    [InlineData("__v__:value > 1 AND __v__:value < 5", "integer", "3", true)]
    [InlineData("__v__:value > 1 AND __v__:value < 5", "integer", "7", false)]
    [InlineData("__v__:value < 1 OR __v__:value > 5", "integer", "7", true)]
    [InlineData("NOT (__v__:value < 1 OR __v__:value > 5)", "integer", "7", false)]
    [InlineData("[__v__:value = 1] OR [__v__:value = 2]", "integer", "2", true)]
    public void Evaluate_OneVariable_ComparesByItsCacaoType(string condition, string type, string value, bool expected)
    {
        var variables = ConditionTestVariables.Of(("__v__", type, value));

        var result = ConditionTestVariables.Evaluate(condition, variables);

        Assert.Equal(new ConditionEvaluationResult.Evaluated(expected), result);
    }

    [Theory]
    [InlineData("1 = 1.0", true)]
    [InlineData("2 > 1", true)]
    [InlineData("'a' < 'b'", true)]
    [InlineData("'5' = 5", true)]
    [InlineData("true = 'TRUE'", true)]
    [InlineData("true != false", true)]
    [InlineData("'10.1.2.3' ISSUBSET '10.0.0.0/8'", true)]
    [InlineData("'abc' LIKE 'a%'", true)]
    [InlineData("2 IN (1, 2.0)", true)]
    public void Evaluate_LiteralsOnly_ComparesByLiteralKinds(string condition, bool expected)
    {
        var result = ConditionTestVariables.Evaluate(condition, ConditionVariables.Empty);

        Assert.Equal(new ConditionEvaluationResult.Evaluated(expected), result);
    }

    [Theory]
    [InlineData("__a__:value = __b__:value", "integer", "5", "long", "5", true)]
    [InlineData("__a__:value < __b__:value", "integer", "5", "float", "5.5", true)]
    [InlineData("__a__:value = __b__:value", "ipv4-addr", "10.0.0.1", "string", "10.0.0.1/32", true)]
    [InlineData("__b__:value ISSUBSET __a__:value", "ipv4-addr", "10.0.0.0/8", "ipv4-addr", "10.9.9.9", true)]
    [InlineData("__a__:value IN (__b__:value, 'x')", "string", "y", "string", "y", true)]
    [InlineData("__a__:value = __b__:value", "string", "A", "string", "a", false)]
    public void Evaluate_TwoVariables_SubstitutesBothSides(
        string condition, string typeA, string valueA, string typeB, string valueB, bool expected)
    {
        var variables = ConditionTestVariables.Of(("__a__", typeA, valueA), ("__b__", typeB, valueB));

        var result = ConditionTestVariables.Evaluate(condition, variables);

        Assert.Equal(new ConditionEvaluationResult.Evaluated(expected), result);
    }

    [Fact]
    public void Evaluate_AndWithFalseLeft_SkipsTheRightSide()
    {
        var variables = ConditionTestVariables.Of(("__v__", "bool", "false"));

        var result = ConditionTestVariables.Evaluate("__v__:value AND __missing__:value", variables);

        Assert.Equal(new ConditionEvaluationResult.Evaluated(false), result);
    }

    [Fact]
    public void Evaluate_OrWithTrueLeft_SkipsTheRightSide()
    {
        var variables = ConditionTestVariables.Of(("__v__", "bool", "true"));

        var result = ConditionTestVariables.Evaluate("__v__:value OR __missing__:value = 1", variables);

        Assert.Equal(new ConditionEvaluationResult.Evaluated(true), result);
    }
}
