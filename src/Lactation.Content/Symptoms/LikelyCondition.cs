namespace Lactation.Content.Symptoms;

/// <summary>
/// Names the most relevant condition in plain words: the first row that matches wins, so the
/// rows run from the most serious to the most ordinary. Not a diagnosis.
/// </summary>
internal static class LikelyCondition
{
    private static readonly (Func<TriageFacts, ISet<string>, bool> When, string Name)[] _rows =
    [
        ((a, r) => r.Contains("E1"), "Possible sepsis"),
        ((a, r) => r.Contains("E2"), "Possible severe, fast-spreading infection"),
        ((a, r) => a.Has("thoughts_harm"), "Thoughts of harm: an emergency, not D-MER"),
        ((a, r) => r.Contains("E4"), "Your baby may be seriously unwell"),
        ((a, r) => r.Contains("E3"), "Warning sign after giving birth"),
        ((a, r) => a.HasAny("pus", "fluctuant_lump"), "Possible breast abscess"),
        ((a, r) => a.HasAny("peau_dorange", "new_nipple_inversion"), "Breast changes that are not typical of mastitis"),
        ((a, r) => r.Contains("C5"), "A breast lump or redness when not breastfeeding"),
        ((a, r) => r.Contains("U8") || r.Contains("C3"), "Mastitis not settling on antibiotics"),
        ((a, r) => r.Contains("C4"), "Breast symptoms left after a course of antibiotics"),
        ((a, r) => a.Has("both_breasts_inflamed") && r.Contains("U5"), "Inflammation in both breasts"),
        ((a, r) => a.HasAny("localized_redness", "breast_warm", "both_breasts_inflamed")
            && (a.FeverAsInU1 || a.HasAny("red_streaks", "feels_severely_ill", "chills_aches")),
            "Inflammatory mastitis, possibly infected"),
        ((a, r) => r.Contains("U10"), "Not enough milk reaching your baby"),
        ((a, r) => a.HasAny("localized_redness", "breast_warm", "both_breasts_inflamed"), "Inflammatory mastitis"),
        ((a, r) => a.Has("red_streaks"), "Possible spreading breast infection"),
        ((a, r) => r.Contains("S1"), "A lump that has lasted a week or more"),
        ((a, r) => a.Has("breast_lump_tender"), "Clogged duct (ductal narrowing)"),
        ((a, r) => a.Has("nipple_white_spot_painful"), "Nipple bleb"),
        ((a, r) => a.Has("both_breasts_full"), "Engorgement"),
        ((a, r) => a.Has("blood_in_milk") && a.DaysPostpartum is <= 7, "Pink or rusty milk in the first week (usually harmless)"),
        ((a, r) => a.Has("blood_in_milk"), "Blood in the milk"),
        ((a, r) => a.Has("nipple_pain_pumping"), "Nipple pain from pumping"),
        ((a, r) => a.Has("leaking"), "Leaking milk"),
        ((a, r) => a.Has("slow_letdown"), "Slow let-down"),
        ((a, r) => a.Has("dmer_brief"), "D-MER"),
        ((a, r) => a.FeverAsInU1, "Fever or flu-like illness"),
        ((a, r) => a.Has("feels_severely_ill"), "Feeling very unwell"),
        ((a, r) => r.Contains("U8") || a.OnAntibiotics, "Mastitis being treated with antibiotics"),
    ];

    public static string For(TriageFacts facts, ISet<string> firedRuleIds) =>
        _rows.FirstOrDefault(row => row.When(facts, firedRuleIds)).Name ?? "No warning signs in your answers";
}
