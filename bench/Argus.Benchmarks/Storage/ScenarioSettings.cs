using System.Globalization;

namespace Argus.Benchmarks.Storage;

/// <summary>The command-line settings of <see cref="StorageScenario"/>.</summary>
internal sealed record ScenarioSettings(string Provider, int Organisations, int Playbooks, int Samples, int Imports)
{
    public static ScenarioSettings? Parse(string[] args)
    {
        var settings = new ScenarioSettings("both", 50, 100_000, 2_000, 2_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            int Number() => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : -1;
            settings = args[i] switch
            {
                "--provider" when value is "sqlite" or "postgres" or "both" => settings with { Provider = value },
                "--organisations" when Number() > 0 => settings with { Organisations = Number() },
                "--playbooks" when Number() > 0 => settings with { Playbooks = Number() },
                "--samples" when Number() > 0 => settings with { Samples = Number() },
                "--imports" when Number() > 0 => settings with { Imports = Number() },
                _ => null,
            };
            if (settings is null)
            {
                return null;
            }
        }

        return args.Length % 2 == 0 ? settings : null;
    }
}
