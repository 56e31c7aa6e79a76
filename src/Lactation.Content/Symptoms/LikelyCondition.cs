namespace Lactation.Content.Symptoms;

/// <summary>
/// Names the most relevant condition in plain words: the first row that matches wins, so the
/// rows run from the most serious to the most ordinary. Not a diagnosis.
/// </summary>
internal static class LikelyCondition
{
    private static readonly (Func<TriageFacts, ISet<string>, bool> When, string Name)[] _rows =
    [
        ((_, r) => r.Contains("E1"), "Possible sepsis"),
        ((_, r) => r.Contains("E2"), "Possible severe, fast-spreading infection"),
        ((a, _) => a.Has("thoughts_harm"), "Thoughts of harm: an emergency, not D-MER"),
        ((_, r) => r.Contains("E4"), "Your baby may be seriously unwell"),
        ((_, r) => r.Contains("E3"), "Warning sign after giving birth"),
        ((a, _) => a.HasAny("pus", "fluctuant_lump"), "Possible breast abscess"),
        ((a, _) => a.HasAny("peau_dorange", "new_nipple_inversion"), "Breast changes that are not typical of mastitis"),
        ((_, r) => r.Contains("C5"), "A breast lump or redness when not breastfeeding"),
        ((_, r) => r.Contains("U8") || r.Contains("C3"), "Mastitis not settling on antibiotics"),
        ((_, r) => r.Contains("C4"), "Breast symptoms left after a course of antibiotics"),
        ((_, r) => r.Contains("U5"), "Inflammation in both breasts"),
        ((a, _) => a.HasAny("localized_redness", "breast_warm", "both_breasts_inflamed")
            && (a.FeverAsInU1 || a.HasAny("red_streaks", "feels_severely_ill", "chills_aches")),
            "Inflammatory mastitis, possibly infected"),
        ((_, r) => r.Contains("U10"), "Not enough milk reaching your baby"),
        ((a, _) => a.HasAny("localized_redness", "breast_warm", "both_breasts_inflamed"), "Inflammatory mastitis"),
        ((a, _) => a.Has("red_streaks"), "Possible spreading breast infection"),
        ((_, r) => r.Contains("S1"), "A lump that has lasted a week or more"),
        ((a, _) => a.Has("breast_lump_tender"), "Clogged duct (ductal narrowing)"),
        ((a, _) => a.Has("nipple_white_spot_painful"), "Nipple bleb"),
        ((a, _) => a.Has("both_breasts_full"), "Engorgement"),
        ((a, _) => a.Has("blood_in_milk") && a.DaysPostpartum is <= 7, "Pink or rusty milk in the first week (usually harmless)"),
        ((a, _) => a.Has("blood_in_milk"), "Blood in the milk"),
        ((a, _) => a.Has("nipple_pain_pumping"), "Nipple pain from pumping"),
        ((a, _) => a.Has("leaking"), "Leaking milk"),
        ((a, _) => a.Has("slow_letdown"), "Slow let-down"),
        ((a, _) => a.Has("dmer_brief"), "D-MER"),
        ((a, _) => a.FeverAsInU1, "Fever or flu-like illness"),
        ((a, _) => a.Has("feels_severely_ill"), "Feeling very unwell"),
        ((a, _) => a.OnAntibiotics, "Mastitis being treated with antibiotics"),
    ];

    public static string For(TriageFacts facts, ISet<string> firedRuleIds) =>
        _rows.FirstOrDefault(row => row.When(facts, firedRuleIds)).Name ?? "No warning signs in your answers";
}
