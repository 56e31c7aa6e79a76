namespace Lactation.Content.Symptoms;

/// <summary>Every symptom the checker understands, in the order the form asks them.</summary>
public static class SymptomCatalog
{
    public static IReadOnlyList<Symptom> All { get; } =
    [
        // Red flags (E1 sepsis signs, E2, E3, E4): asked first.
        new("confusion", "Confused, or speech is slurred", SymptomGroup.RedFlag),
        new("skin_mottled_blue", "Skin or lips look blue, grey, very pale or blotchy", SymptomGroup.RedFlag),
        new("breathless", "Breathing very fast, or very short of breath", SymptomGroup.RedFlag),
        new("no_urine_24h", "Have not passed any urine (wee) in the last day", SymptomGroup.RedFlag),
        new("skin_purple_black", "Skin on the breast is turning purple or black", SymptomGroup.RedFlag),
        new("redness_spreading_fast", "Redness spreading fast: you can see it grow within hours", SymptomGroup.RedFlag),
        new("chest_pain", "Chest pain", SymptomGroup.RedFlag),
        new("fainting", "Fainted or passed out", SymptomGroup.RedFlag),
        new("thoughts_harm", "Thoughts of harming yourself or your baby", SymptomGroup.RedFlag),
        new("infant_unresponsive", "Your baby is floppy, blue, or hard to wake", SymptomGroup.RedFlag),

        // Breast.
        new("breast_lump_tender", "A firm, sore lump or hard area in the breast", SymptomGroup.Breast),
        new("localized_redness", "A red patch on the breast", SymptomGroup.Breast),
        new("breast_warm", "Part of the breast feels hot to touch", SymptomGroup.Breast),
        new("both_breasts_inflamed", "Both breasts are red, hot and sore", SymptomGroup.Breast),
        new("red_streaks", "Red lines (streaks) spreading out from the sore area", SymptomGroup.Breast),
        new("pus", "Pus (thick yellow or green fluid) from the nipple or breast", SymptomGroup.Breast),
        new("fluctuant_lump", "A soft lump that feels full of fluid, or squishy when pressed", SymptomGroup.Breast),
        new("peau_dorange", "Skin on the breast looks thick and dimpled, like orange peel", SymptomGroup.Breast),
        new("new_nipple_inversion", "A nipple has newly gone flat or turned inwards", SymptomGroup.Breast),
        new("nipple_white_spot_painful", "A painful white spot on the nipple", SymptomGroup.Breast),

        // Whole body.
        new("chills_aches", "Chills, shivering or aching all over, like flu", SymptomGroup.Body),
        new("feels_severely_ill", "Suddenly feeling very ill", SymptomGroup.Body),
        new("immunosuppressed_or_diabetic", "You have diabetes, or an illness or medicine that weakens your immune system", SymptomGroup.Body),

        // Feeding, pumping and milk.
        new("both_breasts_full", "Both breasts feel very full, hard or heavy", SymptomGroup.Feeding),
        new("leaking", "Milk leaks between feeds", SymptomGroup.Feeding),
        new("slow_letdown", "Milk is slow to start flowing (slow let-down)", SymptomGroup.Feeding),
        new("dmer_brief", "A sudden low, anxious or dread feeling just as your milk starts to flow, gone within a couple of minutes", SymptomGroup.Feeding),
        new("nipple_pain_pumping", "Nipple pain when pumping", SymptomGroup.Feeding),
        new("blood_in_milk", "Pink, red or brown milk (blood in the milk)", SymptomGroup.Feeding),
    ];

    /// <summary>The groups in the order the form shows them.</summary>
    public static IReadOnlyList<SymptomGroup> Groups { get; } =
        [SymptomGroup.RedFlag, SymptomGroup.Breast, SymptomGroup.Body, SymptomGroup.Feeding];

    private static readonly Dictionary<string, Symptom> _byId = All.ToDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>The symptom with this id, or <see langword="null"/> if there is none.</summary>
    public static Symptom? Find(string id) => _byId.GetValueOrDefault(id);

    public static bool Contains(string id) => _byId.ContainsKey(id);

    public static IReadOnlyList<Symptom> InGroup(SymptomGroup group) => [.. All.Where(s => s.Group == group)];
}
