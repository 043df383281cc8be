namespace Argus.Cacao.Conditions;

/// <summary>The binary operators of a <see cref="ComparisonExpression"/> (the STIX comparison operators).</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c> or <c>==</c>.</summary>
    Equal,

    /// <summary><c>!=</c> or <c>&lt;&gt;</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    LessThan,

    /// <summary><c>&lt;=</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    GreaterThan,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>LIKE</c>: SQL-style pattern where <c>%</c> matches any run of characters and <c>_</c> one character.</summary>
    Like,

    /// <summary><c>MATCHES</c>: the right side is a regular expression searched for in the left side.</summary>
    Matches,

    /// <summary><c>ISSUBSET</c>: the left IP address or CIDR block lies within the right CIDR block.</summary>
    IsSubset,

    /// <summary><c>ISSUPERSET</c>: the left CIDR block contains the right IP address or CIDR block.</summary>
    IsSuperset,
}
