namespace Lactation.Content.Symptoms;

/// <summary>
/// The symptom checker: a pure function from answers to an assessment. The table below follows
/// the content brief's "Symptom-checker rules" row by row, so a clinician can read them side by side.
/// </summary>
public static class SymptomRules
{
    private static readonly IReadOnlyList<TriageRule> _rules =
    [
        // Rule(id, disposition, source, reason shown to the parent), then when it applies (a = the answers).
        Rule("E1", Disposition.Emergency, "NHS sepsis", "You have a sign of sepsis, a body-wide reaction to infection.",
            a => a.HasAny("confusion", "skin_mottled_blue", "breathless", "no_urine_24h")),
        Rule("E2", Disposition.Emergency, "HIGH, KERN", "Skin turning purple or black, or redness spreading fast, can be a fast-moving infection.",
            a => a.HasAny("skin_purple_black", "redness_spreading_fast")),
        Rule("E3", Disposition.Emergency, "CDC Hear Her", "Chest pain, fainting, or thoughts of harming yourself or your baby are urgent warning signs after birth.",
            a => a.HasAny("chest_pain", "fainting", "thoughts_harm")),
        Rule("E4", Disposition.Emergency, "NHS", "A baby who is floppy, blue or hard to wake needs emergency care.",
            a => a.Has("infant_unresponsive")),

        Rule("U1", Disposition.Urgent, "NHS, CDC; Mayo and S000 use 38.3", "You have a fever of 38.0 °C (100.4 °F) or higher, or chills and aches with no temperature taken.",
            a => a.MeasuredFever || (a.Temperature is null && a.Has("chills_aches"))),
        Rule("U2", Disposition.Urgent, "S000", "Red streaks spreading from the sore area can mean an infection is spreading.",
            a => a.Has("red_streaks")),
        Rule("U3", Disposition.Urgent, "S000, AFP24", "Feeling suddenly and very ill needs a doctor today.",
            a => a.Has("feels_severely_ill")),
        Rule("U4", Disposition.Urgent, "LOTH, AFP24", "Pus, or a soft lump full of fluid, can mean a breast abscess, which needs a scan and draining.",
            a => a.HasAny("pus", "fluctuant_lump")),
        Rule("U5", Disposition.Urgent, "hospital handouts", "Both breasts are inflamed, with redness or feeling unwell in your whole body.",
            a => a.Has("both_breasts_inflamed") && (a.Has("localized_redness") || a.WholeBodySymptom)),
        Rule("U6", Disposition.Urgent, "S000", "Your breast is getting worse after 24 hours or more of home care.",
            a => a.BreastInflammation && !a.OnAntibiotics && a.Worsening && a.HoursSinceOnset >= 24),
        Rule("U7", Disposition.Urgent, "S000, LOTH", "Your breast is no better after 48 hours or more of home care.",
            a => a.BreastInflammation && !a.OnAntibiotics && a.Unchanged && a.HoursSinceOnset >= 48),
        Rule("U8", Disposition.Urgent, "Mayo, KERN", "You are on antibiotics and getting worse, or not improving after 48 hours of them.",
            a => a.OnAntibiotics && (a.Worsening || (a.AntibioticHours >= 48 && a.NotImproving))),
        Rule("U9", Disposition.Urgent, "HIGH", "You have diabetes or a weak immune system, with breast redness, warmth or a fever.",
            a => a.Has("immunosuppressed_or_diabetic") && (a.HasAny("localized_redness", "breast_warm") || a.FeverAsInU1)),
        Rule("U10", Disposition.Urgent, "NAP", "Your baby has had fewer wet or dirty nappies in the last 24 hours than expected at their age.",
            a => a.InfantAgeDays is int age && (
                (a.WetNappies24h is int wet && ((age is 3 or 4 && wet < 3) || (age is 5 or 6 && wet < 5) || (age >= 7 && wet < 6)))
                || (a.Stools24h is int dirty && age is >= 5 and <= 42 && dirty < 2))),

        Rule("C1", Disposition.Contact24h, "NHS", "Your breast has not changed after 24 hours of home care.",
            a => a.BreastInflammation && !a.OnAntibiotics && a.Unchanged && a.HoursSinceOnset is >= 24 and <= 47),
        Rule("C2", Disposition.Contact24h, "AFP24", "Your breast is getting worse, although it started less than 24 hours ago.",
            a => a.BreastInflammation && !a.OnAntibiotics && a.Worsening && a.HoursSinceOnset < 24),
        Rule("C3", Disposition.Contact24h, "UIHC", "You have been on antibiotics for 24 to 47 hours and are not improving yet.",
            a => a.OnAntibiotics && a.AntibioticHours is >= 24 and <= 47 && a.NotImproving),
        Rule("C4", Disposition.Contact24h, "MD Anderson, LOTH", "Orange-peel skin, a newly flat or turned-in nipple, or symptoms left after a full course of antibiotics need checking: they are not typical of mastitis.",
            a => a.HasAny("peau_dorange", "new_nipple_inversion") || (a.AntibioticCourseCompleted && a.BreastInflammation)),
        Rule("C5", Disposition.Contact24h, "NHS", "A breast lump or redness when you are not breastfeeding or expressing needs a doctor.",
            a => !a.Lactating && a.HasAny("localized_redness", "breast_lump_tender", "both_breasts_inflamed")),
        Rule("C6", Disposition.Contact24h, "conservative", "You have redness or warmth and we don't know how long it has lasted.",
            a => a.HasAny("localized_redness", "breast_warm") && a.HoursSinceOnset is null),

        Rule("S1", Disposition.SeeSoon, "ABM30, HIGH", "A lump that has lasted a week or more needs an ultrasound scan.",
            a => a.LumpDays >= 7),
        Rule("S2", Disposition.SeeSoon, "rusty-pipe guidance", "Blood in your milk after the first week after birth should be checked.",
            a => a.Has("blood_in_milk") && a.DaysPostpartum > 7),
        Rule("S3", Disposition.SeeSoon, "ABM36", "A painful white spot on the nipple for a week or more should be checked.",
            a => a.Has("nipple_white_spot_painful") && a.HoursSinceOnset >= 168),
    ];

    /// <summary>SC: nothing above matched.</summary>
    private static readonly Reason _selfCare = new(
        "SC", "None of the warning signs we check for matched your answers.", "ABM36, S002, S004");

    /// <summary>
    /// Assesses answers that <see cref="TriageValidation.Validate"/> has accepted. The result is the
    /// most urgent disposition any rule gives; every matching rule is listed, most urgent first.
    /// </summary>
    public static Assessment Assess(TriageAnswers answers)
    {
        var facts = new TriageFacts(answers);
        var matched = _rules.Where(rule => rule.When(facts)).OrderBy(rule => rule.Disposition).ToList();
        var disposition = matched.Count > 0 ? matched[0].Disposition : Disposition.SelfCare;
        var fired = matched.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Reason> reasons = matched.Count > 0
            ? [.. matched.Select(rule => new Reason(rule.Id, rule.Text, rule.Source))]
            : [_selfCare];

        return new Assessment(
            disposition,
            disposition.Headline(),
            LikelyCondition.For(facts, fired),
            reasons,
            SymptomArticles.For(facts, fired),
            SymptomAdvice.For(facts, fired, disposition),
            SymptomAdvice.WatchFor(facts, fired));
    }

    /// <summary>Every article (and heading) an assessment can link to, for checking against the content.</summary>
    public static IReadOnlyList<ArticleLink> AllLinkedArticles => SymptomArticles.All;

    /// <summary>The rule ids in table order, E1 to S3 (SC is the fallback, not a rule).</summary>
    public static IReadOnlyList<string> RuleIds { get; } = [.. _rules.Select(rule => rule.Id)];

    private static TriageRule Rule(string id, Disposition disposition, string source, string text, Func<TriageFacts, bool> when) =>
        new(id, disposition, source, text, when);

    private sealed record TriageRule(string Id, Disposition Disposition, string Source, string Text, Func<TriageFacts, bool> When);
}
