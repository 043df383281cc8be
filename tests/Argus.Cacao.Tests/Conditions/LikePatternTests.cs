using Argus.Cacao.Conditions;

namespace Argus.Cacao.Tests.Conditions;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("", "", true)]
    [InlineData("", "%", true)]
    [InlineData("", "_", false)]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "ab", false)]
    [InlineData("abc", "a%", true)]
    [InlineData("abc", "%c", true)]
    [InlineData("abc", "%b%", true)]
    [InlineData("abc", "a_c", true)]
    [InlineData("abc", "a__c", false)]
    [InlineData("aXbXc", "a%b%c", true)]
    [InlineData("ab", "a%b%c", false)]
    [InlineData("mississippi", "%issip%", true)]
    [InlineData("mississippi", "m%ss%pi", true)]
    [InlineData("ABC", "abc", false)]
    [InlineData("a%c", "a%c", true)]
    public void IsMatch_Pattern_FollowsSqlLikeRules(string text, string pattern, bool expected)
    {
        Assert.Equal(expected, LikePattern.IsMatch(text, pattern));
    }
}
