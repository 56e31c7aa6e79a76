namespace Lactation.Content.Symptoms;

/// <summary>
/// What the parent told the symptom checker. Property names map to the API's camelCase fields.
/// Unit and trend are strings, not enums, so <see cref="TriageValidation"/> can report a bad value
/// in plain words instead of the JSON reader failing.
/// </summary>
public sealed record TriageAnswers
{
    /// <summary>Symptom ids from <see cref="SymptomCatalog"/>; duplicates are ignored.</summary>
    public IReadOnlyList<string> Symptoms { get; init; } = [];

    public double? Temperature { get; init; }

    /// <summary>"C" or "F".</summary>
    public string? TemperatureUnit { get; init; }

    public int? HoursSinceOnset { get; init; }

    /// <summary>"improving", "unchanged" or "worsening".</summary>
    public string? Trend { get; init; }

    public bool OnAntibiotics { get; init; }

    public int? AntibioticHours { get; init; }

    public bool AntibioticCourseCompleted { get; init; }

    public int? DaysPostpartum { get; init; }

    /// <summary>Breastfeeding or expressing milk.</summary>
    public bool Lactating { get; init; } = true;

    public int? LumpDays { get; init; }

    public int? InfantAgeDays { get; init; }

    public int? WetNappies24h { get; init; }

    /// <summary>Dirty nappies in the last 24 hours.</summary>
    public int? Stools24h { get; init; }
}
