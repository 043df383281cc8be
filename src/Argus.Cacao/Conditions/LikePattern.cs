namespace Argus.Cacao.Conditions;

/// <summary>SQL-style LIKE matching: <c>%</c> matches any run of characters (also none), <c>_</c> exactly one; case-sensitive.</summary>
internal static class LikePattern
{
    // Greedy matching that backtracks only to the last '%': O(text × pattern) at worst, no recursion, no regex.
    public static bool IsMatch(string text, string pattern)
    {
        int t = 0, p = 0, starPattern = -1, starText = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '_' || (pattern[p] != '%' && pattern[p] == text[t])))
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '%')
            {
                starPattern = p++;
                starText = t;
            }
            else if (starPattern >= 0)
            {
                p = starPattern + 1;
                t = ++starText;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '%')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
