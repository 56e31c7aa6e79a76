namespace Lactation.Content.Symptoms;

/// <summary>One tick-box on the symptom checker form.</summary>
/// <param name="Id">The id the API and the rules use, e.g. <c>localized_redness</c>.</param>
/// <param name="Label">What the parent reads next to the tick-box.</param>
/// <param name="Group">The part of the form it sits in.</param>
public sealed record Symptom(string Id, string Label, SymptomGroup Group);

/// <summary>The parts of the form, in the order they are asked.</summary>
public enum SymptomGroup
{
    /// <summary>Asked first: any of these means emergency care (rules E1-E4).</summary>
    RedFlag,
    Breast,
    /// <summary>Whole-body symptoms and health conditions.</summary>
    Body,
    Feeding,
}

public static class SymptomGroupExtensions
{
    /// <summary>The question shown above the group on the form.</summary>
    public static string Title(this SymptomGroup group) => group switch
    {
        SymptomGroup.RedFlag => "Do you have any of these right now?",
        SymptomGroup.Breast => "What do you notice in your breast?",
        SymptomGroup.Body => "How do you feel in yourself?",
        SymptomGroup.Feeding => "Feeding, pumping and milk",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
