namespace Lactation.Content.Symptoms;

/// <summary>
/// The answers as the rules read them: symptoms deduplicated, unit and trend normalised, and the
/// brief's shared terms ("breast inflammation", "fever") defined once.
/// </summary>
internal sealed class TriageFacts(TriageAnswers answers)
{
    private readonly HashSet<string> _symptoms = new(answers.Symptoms ?? [], StringComparer.Ordinal);

    public double? Temperature { get; } = answers.Temperature;

    /// <summary>"C" or "F". Validation rejects a temperature without a unit; if one slips through,
    /// guess from the value so Assess never throws (no plausible °C reading is above 50).</summary>
    public string? TemperatureUnit { get; } = TriageValidation.Unit(answers.TemperatureUnit)
        ?? (answers.Temperature is double t ? (t > 50 ? "F" : "C") : null);

    public int? HoursSinceOnset { get; } = answers.HoursSinceOnset;
    public bool OnAntibiotics { get; } = answers.OnAntibiotics;
    public int? AntibioticHours { get; } = answers.AntibioticHours;
    public bool AntibioticCourseCompleted { get; } = answers.AntibioticCourseCompleted;
    public int? DaysPostpartum { get; } = answers.DaysPostpartum;
    public bool Lactating { get; } = answers.Lactating;
    public int? LumpDays { get; } = answers.LumpDays;
    public int? InfantAgeDays { get; } = answers.InfantAgeDays;
    public int? WetNappies24h { get; } = answers.WetNappies24h;
    public int? Stools24h { get; } = answers.Stools24h;

    public string? Trend { get; } = TriageValidation.Trend(answers.Trend);
    public bool Worsening => Trend == "worsening";
    /// <summary>"Unchanged", or no answer: we cannot assume it is improving, so U7 and C1 escalate on the safer side.</summary>
    public bool Unchanged => Trend is null or "unchanged";
    /// <summary>Anything but "improving", including no answer: we cannot assume it is getting better.</summary>
    public bool NotImproving => Trend != "improving";

    /// <summary>A measured fever, compared in the unit given so 100.4 °F is exactly 38.0 °C.</summary>
    public bool MeasuredFever => Temperature is double t && (TemperatureUnit == "F" ? t >= 100.4 : t >= 38.0);

    /// <summary>Fever as U1 defines it: measured, or chills and aches with no temperature taken.</summary>
    public bool FeverAsInU1 => MeasuredFever || (Temperature is null && Has("chills_aches"));

    /// <summary>The brief's "breast inflammation".</summary>
    public bool BreastInflammation => HasAny("localized_redness", "breast_warm", "breast_lump_tender", "both_breasts_inflamed");

    /// <summary>U5's "whole-body symptom".</summary>
    public bool WholeBodySymptom => FeverAsInU1 || HasAny("chills_aches", "feels_severely_ill");

    /// <summary>Any breast symptom, for the breast-care advice.</summary>
    public bool AnyBreastSymptom =>
        _symptoms.Any(id => SymptomCatalog.Find(id)?.Group == SymptomGroup.Breast)
        || HasAny("both_breasts_full", "skin_purple_black", "redness_spreading_fast")
        || LumpDays is not null;

    public IEnumerable<string> Symptoms => _symptoms;

    /// <summary>Whether the parent ticked this symptom. Throws on an id the catalog does not know,
    /// so a typo in a rule fails every test that reaches it instead of never matching.</summary>
    public bool Has(string id) => SymptomCatalog.Contains(id)
        ? _symptoms.Contains(id)
        : throw new ArgumentException($"Unknown symptom id '{id}' in a rule.", nameof(id));

    public bool HasAny(params string[] ids)
    {
        var found = false;
        foreach (var id in ids)
        {
            found |= Has(id); // no short-circuit: every id is checked against the catalog
        }
        return found;
    }
}
