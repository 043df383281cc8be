namespace Argus.ActuatorSim.Slpf;

/// <summary>The simulator's rule state, safe for concurrent commands.</summary>
public sealed class SlpfRuleTable
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<long, SlpfRule> _rules = [];
    private long _next = 1;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _rules.Count;
            }
        }
    }

    public IReadOnlyList<SlpfRule> Snapshot()
    {
        lock (_lock)
        {
            return [.. _rules.Values];
        }
    }

    public bool Contains(long number)
    {
        lock (_lock)
        {
            return _rules.ContainsKey(number);
        }
    }

    /// <summary>Adds a rule under <paramref name="requestedNumber"/> (SLPF insert_rule) or the next free number.</summary>
    /// <returns>The stored rule, or null when the requested number is in use.</returns>
    public SlpfRule? TryAdd(Func<long, SlpfRule> create, long? requestedNumber)
    {
        lock (_lock)
        {
            long number;
            if (requestedNumber is { } requested)
            {
                if (_rules.ContainsKey(requested))
                {
                    return null;
                }

                number = requested;
            }
            else
            {
                while (_rules.ContainsKey(_next))
                {
                    _next++;
                }

                number = _next++;
            }

            var rule = create(number);
            _rules.Add(number, rule);
            return rule;
        }
    }

    public bool Remove(long number)
    {
        lock (_lock)
        {
            return _rules.Remove(number);
        }
    }
}
