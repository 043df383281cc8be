namespace Argus.Cacao.Conditions;

/// <summary>The kinds of token <see cref="ConditionLexer"/> produces.</summary>
internal enum ConditionTokenKind
{
    End,
    LeftParenthesis,
    RightParenthesis,
    LeftBracket,
    RightBracket,
    Comma,

    /// <summary>A symbolic comparison operator; <see cref="ConditionToken.Text"/> is <c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&gt;=</c>.</summary>
    Operator,

    /// <summary>AND, OR, NOT, IN, LIKE, MATCHES, ISSUBSET or ISSUPERSET; <see cref="ConditionToken.Text"/> is upper case.</summary>
    Keyword,

    /// <summary>A variable reference; <see cref="ConditionToken.Text"/> is the name with its underscores.</summary>
    Variable,

    /// <summary>A quoted string; <see cref="ConditionToken.Text"/> is the decoded text.</summary>
    String,

    /// <summary>An unquoted word that is no keyword, number or variable; read as a string for compatibility.</summary>
    BareWord,
    Integer,
    Float,
    Boolean,
}
