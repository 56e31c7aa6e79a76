namespace Lactation.Content.Symptoms;

/// <summary>
/// Checks answers before <see cref="SymptomRules.Assess"/> sees them. An implausible value is an
/// error to show the parent, never a silent default.
/// </summary>
public static class TriageValidation
{
    public const double MinCelsius = 34, MaxCelsius = 43;
    public const double MinFahrenheit = 93, MaxFahrenheit = 110;
    public const int MaxHours = 2160; // 90 days
    public const int MaxDays = 2160;
    public const int MaxNappies = 50;

    /// <summary>
    /// Problems keyed by the camelCase API field name, each message saying what to do.
    /// Empty when the answers are valid.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Validate(TriageAnswers a)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            if (!list.Contains(message))
            {
                list.Add(message);
            }
        }

        foreach (var id in a.Symptoms ?? [])
        {
            if (id is null || !SymptomCatalog.Contains(id))
            {
                Add("symptoms", $"We don't know the symptom \"{id}\". Choose symptoms from the list.");
            }
        }

        var unit = Unit(a.TemperatureUnit);
        var unitGiven = !string.IsNullOrWhiteSpace(a.TemperatureUnit);
        if ((unitGiven && unit is null) || (a.Temperature is not null && unit is null))
        {
            Add("temperatureUnit", "Choose °C or °F for the temperature");
        }
        if (a.Temperature is double t)
        {
            // Written as "not inside" so NaN is rejected too.
            if (unit == "C" && !(t >= MinCelsius && t <= MaxCelsius))
            {
                Add("temperature", "Enter a temperature between 34 and 43 °C");
            }
            else if (unit == "F" && !(t >= MinFahrenheit && t <= MaxFahrenheit))
            {
                Add("temperature", "Enter a temperature between 93 and 110 °F");
            }
            else if (unit is null && (double.IsNaN(t) || t < 0))
            {
                Add("temperature", "Enter a temperature between 34 and 43 °C, or 93 and 110 °F");
            }
        }

        if (!string.IsNullOrWhiteSpace(a.Trend) && Trend(a.Trend) is null)
        {
            Add("trend", "Choose whether it is improving, unchanged or worsening");
        }

        CheckRange(a.HoursSinceOnset, MaxHours, "hoursSinceOnset", "Enter the hours since it started, from 0 to 2160 (90 days)");
        CheckRange(a.AntibioticHours, MaxHours, "antibioticHours", "Enter the hours since you started antibiotics, from 0 to 2160 (90 days)");
        CheckRange(a.DaysPostpartum, MaxDays, "daysPostpartum", "Enter the days since birth, from 0 to 2160");
        CheckRange(a.LumpDays, MaxDays, "lumpDays", "Enter how many days the lump has lasted, from 0 to 2160");
        CheckRange(a.InfantAgeDays, MaxDays, "infantAgeDays", "Enter your baby's age in days, from 0 to 2160");
        CheckRange(a.WetNappies24h, MaxNappies, "wetNappies24h", "Enter the number of wet nappies in the last 24 hours, from 0 to 50");
        CheckRange(a.Stools24h, MaxNappies, "stools24h", "Enter the number of dirty nappies in the last 24 hours, from 0 to 50");

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

        void CheckRange(int? value, int max, string field, string message)
        {
            if (value is int v && (v < 0 || v > max))
            {
                Add(field, message);
            }
        }
    }

    /// <summary>"C" or "F" (any case, spaces ignored), or <see langword="null"/> if missing or unknown.</summary>
    internal static string? Unit(string? unit) => unit?.Trim().ToUpperInvariant() switch
    {
        "C" => "C",
        "F" => "F",
        _ => null,
    };

    /// <summary>"improving", "unchanged" or "worsening" (any case), or <see langword="null"/> if missing or unknown.</summary>
    internal static string? Trend(string? trend) => trend?.Trim().ToLowerInvariant() switch
    {
        "improving" => "improving",
        "unchanged" => "unchanged",
        "worsening" => "worsening",
        _ => null,
    };
}
