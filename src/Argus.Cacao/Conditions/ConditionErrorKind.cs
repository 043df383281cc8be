namespace Argus.Cacao.Conditions;

/// <summary>Why a condition or switch could not be evaluated.</summary>
public enum ConditionErrorKind
{
    /// <summary>The text is not a valid condition or switch (only from <see cref="ConditionEvaluator.ResolveSwitch"/>).</summary>
    InvalidSyntax,

    /// <summary>A referenced variable is not in scope.</summary>
    UnknownVariable,

    /// <summary>A referenced variable's value is null (unknown).</summary>
    NullValue,

    /// <summary>A value is not valid for the type it is compared as (such as <c>abc</c> as an integer).</summary>
    InvalidValue,

    /// <summary>The two sides have types that cannot be compared (such as a bool variable and a uuid variable).</summary>
    IncomparableTypes,

    /// <summary>The operator has no meaning for the type (such as <c>&lt;</c> on booleans, ISSUBSET on strings).</summary>
    UnsupportedOperator,

    /// <summary>A variable standing alone as the condition does not hold <c>true</c> or <c>false</c>.</summary>
    NotBoolean,

    /// <summary>The right side of MATCHES is not a valid regular expression.</summary>
    InvalidPattern,

    /// <summary>A MATCHES regular expression ran longer than <see cref="ConditionEvaluationOptions.MatchTimeout"/>.</summary>
    MatchTimeout,
}
