using System.Globalization;
using Lactation.Content.Symptoms;

namespace Lactation.Web.Triage;

/// <summary>
/// The checker form as posted: every answer kept as typed, so a mistake is shown back beside its field
/// exactly as entered. Property names bind to the inputs, which carry the API's field names.
/// </summary>
public sealed class TriageForm
{
    public List<string> Symptoms { get; set; } = [];
    public string? Temperature { get; set; }
    /// <summary>°C is preselected: the two ranges (34-43, 93-110) do not overlap, so a wrong unit is always an error, never a wrong answer.</summary>
    public string? TemperatureUnit { get; set; } = "C";
    public string? HoursSinceOnset { get; set; }
    public string? Trend { get; set; }
    public string? OnAntibiotics { get; set; }
    public string? AntibioticHours { get; set; }
    public string? AntibioticCourseCompleted { get; set; }
    public string? DaysPostpartum { get; set; }
    public string? Lactating { get; set; } = "true";
    public string? LumpDays { get; set; }
    public string? InfantAgeDays { get; set; }
    public string? WetNappies24h { get; set; }
    public string? Stools24h { get; set; }

    public bool Has(string symptomId) => Symptoms.Contains(symptomId, StringComparer.Ordinal);

    /// <summary>Whether a yes/no answer (a ticked box, or a "true" radio) is yes.</summary>
    public static bool IsYes(string? value) => value?.Trim().ToLowerInvariant() is "true" or "on";

    /// <summary>
    /// The answers the rules read, or the errors to show: a number that does not parse is a field error, and the
    /// rest are <see cref="TriageValidation"/>'s, keyed by the same field names.
    /// </summary>
    public (TriageAnswers? Answers, IReadOnlyDictionary<string, string[]> Errors) ToAnswers()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        double? ParseTemperature()
        {
            if (string.IsNullOrWhiteSpace(Temperature))
            {
                return null;
            }
            // A comma decimal ("38,5") is common outside the UK and US; the number has no thousands.
            var text = Temperature.Trim().Replace(',', '.');
            if (double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value))
            {
                return value;
            }
            errors[TriageFields.Temperature] = ["Enter your temperature as a number, like 38.2"];
            return null;
        }

        int? ParseWhole(string field, string? text, string message)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
            errors[field] = [message];
            return null;
        }

        var answers = new TriageAnswers
        {
            Symptoms = [.. Symptoms.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal)],
            Temperature = ParseTemperature(),
            TemperatureUnit = TemperatureUnit,
            HoursSinceOnset = ParseWhole(TriageFields.HoursSinceOnset, HoursSinceOnset, "Enter the hours since it started as a whole number, like 36"),
            Trend = Trend,
            OnAntibiotics = IsYes(OnAntibiotics),
            AntibioticHours = ParseWhole(TriageFields.AntibioticHours, AntibioticHours, "Enter the hours since your first antibiotic dose as a whole number, like 30"),
            AntibioticCourseCompleted = IsYes(AntibioticCourseCompleted),
            DaysPostpartum = ParseWhole(TriageFields.DaysPostpartum, DaysPostpartum, "Enter the days since you gave birth as a whole number, like 10"),
            // Only an explicit "no" turns this off: the question defaults to yes, like the API.
            Lactating = !string.Equals(Lactating?.Trim(), "false", StringComparison.OrdinalIgnoreCase),
            LumpDays = ParseWhole(TriageFields.LumpDays, LumpDays, "Enter how many days the lump has lasted as a whole number, like 3"),
            InfantAgeDays = ParseWhole(TriageFields.InfantAgeDays, InfantAgeDays, "Enter your baby's age in days as a whole number, like 12"),
            WetNappies24h = ParseWhole(TriageFields.WetNappies24h, WetNappies24h, "Enter the number of wet nappies as a whole number, like 6"),
            Stools24h = ParseWhole(TriageFields.Stools24h, Stools24h, "Enter the number of dirty nappies as a whole number, like 2"),
        };

        // Hours on antibiotics only count when the box says so; ask rather than guess which answer is wrong.
        if (answers.AntibioticHours is not null && !answers.OnAntibiotics && !errors.ContainsKey(TriageFields.AntibioticHours))
        {
            errors[TriageFields.OnAntibiotics] = ["Tick \"I am taking antibiotics for this\", or clear the hours since your first dose"];
        }

        foreach (var (field, messages) in TriageValidation.Validate(answers))
        {
            errors.TryAdd(field, messages);
        }
        if (errors.ContainsKey(TriageFields.Temperature) && WrongUnitHint(answers) is { } hint)
        {
            errors[TriageFields.Temperature] = [hint];
        }

        return errors.Count > 0 ? (null, errors) : (answers, errors);
    }

    /// <summary>A reading that fits the other unit's range was almost certainly taken in that unit: say so.</summary>
    private static string? WrongUnitHint(TriageAnswers answers) => (answers.Temperature, answers.TemperatureUnit?.Trim().ToUpperInvariant()) switch
    {
        (double t, "C") when t is >= TriageValidation.MinFahrenheit and <= TriageValidation.MaxFahrenheit =>
            $"Enter a temperature between 34 and 43 °C, or choose °F if {t.ToString(CultureInfo.InvariantCulture)} is in Fahrenheit",
        (double t, "F") when t is >= TriageValidation.MinCelsius and <= TriageValidation.MaxCelsius =>
            $"Enter a temperature between 93 and 110 °F, or choose °C if {t.ToString(CultureInfo.InvariantCulture)} is in Celsius",
        _ => null,
    };
}
