using Lactation.Content.Symptoms;

namespace Lactation.Content.Tests.Symptoms;

/// <summary>Builds answers for the rule tests and holds a spread of clinical cases.</summary>
public static class Triage
{
    /// <summary>Answers with these symptoms (comma-separated ids, or empty for none).</summary>
    public static TriageAnswers Answers(string symptoms = "") => new()
    {
        Symptoms = symptoms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    public static TriageAnswers Celsius(this TriageAnswers a, double? temperature) =>
        a with { Temperature = temperature, TemperatureUnit = temperature is null ? null : "C" };

    public static bool Fired(this Assessment result, string ruleId) => result.Reasons.Any(r => r.RuleId == ruleId);

    public static string ReasonIds(this Assessment result) => string.Join(",", result.Reasons.Select(r => r.RuleId));

    /// <summary>Asserts whether one rule fired, and the overall disposition of the case.</summary>
    public static void AssertRule(this Assessment result, string ruleId, bool fires, Disposition expected)
    {
        Assert.True(result.Fired(ruleId) == fires,
            $"Expected {ruleId} {(fires ? "to fire" : "not to fire")}; reasons were [{result.ReasonIds()}].");
        Assert.Equal(expected, result.Disposition);
    }

    /// <summary>The disposition a rule id belongs to, from its letter (E, U, C, S, SC).</summary>
    public static Disposition DispositionOf(string ruleId) => ruleId switch
    {
        "SC" => Disposition.SelfCare,
        _ when ruleId.StartsWith('E') => Disposition.Emergency,
        _ when ruleId.StartsWith('U') => Disposition.Urgent,
        _ when ruleId.StartsWith('C') => Disposition.Contact24h,
        _ when ruleId.StartsWith('S') => Disposition.SeeSoon,
        _ => throw new ArgumentException(ruleId),
    };

    /// <summary>One case or more for every rule and every self-care condition.</summary>
    public static IReadOnlyDictionary<string, TriageAnswers> Samples { get; } = new Dictionary<string, TriageAnswers>
    {
        ["nothing ticked"] = Answers(),
        ["E1 sepsis"] = Answers("confusion,localized_redness").Celsius(39.5),
        ["E2 purple skin"] = Answers("skin_purple_black"),
        ["E3 thoughts of harm"] = Answers("thoughts_harm,dmer_brief"),
        ["E4 baby floppy"] = Answers("infant_unresponsive"),
        ["U1 fever"] = Answers("localized_redness").Celsius(38.4) with { HoursSinceOnset = 10, Trend = "unchanged" },
        ["U1 fever in F"] = Answers() with { Temperature = 100.4, TemperatureUnit = "F" },
        ["U2 red streaks"] = Answers("red_streaks,localized_redness") with { HoursSinceOnset = 5 },
        ["U3 severely ill"] = Answers("feels_severely_ill"),
        ["U4 fluctuant lump"] = Answers("fluctuant_lump,breast_lump_tender") with { LumpDays = 3 },
        ["U5 both breasts"] = Answers("both_breasts_inflamed,chills_aches") with { DaysPostpartum = 4 },
        ["U6 worsening"] = Answers("breast_warm") with { HoursSinceOnset = 30, Trend = "worsening" },
        ["U7 unchanged"] = Answers("breast_lump_tender") with { HoursSinceOnset = 60, Trend = "unchanged" },
        ["U8 antibiotics"] = Answers("localized_redness") with { HoursSinceOnset = 100, OnAntibiotics = true, AntibioticHours = 50, Trend = "unchanged" },
        ["U9 diabetic"] = Answers("immunosuppressed_or_diabetic,breast_warm") with { HoursSinceOnset = 3 },
        ["U10 nappies"] = Answers() with { InfantAgeDays = 6, WetNappies24h = 3, Stools24h = 1 },
        ["C1 unchanged 24h"] = Answers("localized_redness") with { HoursSinceOnset = 24, Trend = "unchanged" },
        ["C2 worsening early"] = Answers("localized_redness") with { HoursSinceOnset = 8, Trend = "worsening" },
        ["C3 antibiotics 24h"] = Answers("breast_warm") with { HoursSinceOnset = 40, OnAntibiotics = true, AntibioticHours = 30 },
        ["C4 orange peel"] = Answers("peau_dorange"),
        ["C4 after course"] = Answers("localized_redness") with { HoursSinceOnset = 300, AntibioticCourseCompleted = true, Trend = "improving" },
        ["C5 not breastfeeding"] = Answers("breast_lump_tender") with { Lactating = false },
        ["C6 onset unknown"] = Answers("localized_redness"),
        ["S1 lump a week"] = Answers("breast_lump_tender") with { LumpDays = 9, HoursSinceOnset = 216, Trend = "improving" },
        ["S2 blood day 10"] = Answers("blood_in_milk") with { DaysPostpartum = 10 },
        ["S3 bleb a week"] = Answers("nipple_white_spot_painful") with { HoursSinceOnset = 200 },
        ["SC clogged duct"] = Answers("breast_lump_tender") with { HoursSinceOnset = 30, Trend = "improving" },
        ["SC early inflammation"] = Answers("localized_redness,breast_warm") with { HoursSinceOnset = 12, Trend = "unchanged" },
        ["SC engorgement"] = Answers("both_breasts_full") with { DaysPostpartum = 3 },
        ["SC leaking"] = Answers("leaking"),
        ["SC slow let-down"] = Answers("slow_letdown"),
        ["SC D-MER"] = Answers("dmer_brief"),
        ["SC pink milk"] = Answers("blood_in_milk") with { DaysPostpartum = 3 },
        ["SC pumping pain"] = Answers("nipple_pain_pumping"),
        ["everything ticked"] = new TriageAnswers
        {
            Symptoms = [.. SymptomCatalog.All.Select(s => s.Id)],
            Temperature = 40, TemperatureUnit = "C", HoursSinceOnset = 200, Trend = "worsening",
            OnAntibiotics = true, AntibioticHours = 72, AntibioticCourseCompleted = true, DaysPostpartum = 30,
            Lactating = false, LumpDays = 10, InfantAgeDays = 20, WetNappies24h = 1, Stools24h = 0,
        },
    };

    public static TheoryData<string> SampleNames { get; } = [.. Samples.Keys];
}
