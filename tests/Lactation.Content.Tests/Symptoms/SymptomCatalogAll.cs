using Lactation.Content.Symptoms;

namespace Lactation.Content.Tests.Symptoms;

public sealed class SymptomCatalogAll
{
    /// <summary>The ids in the content brief's "Symptom-checker rules", copied by hand.</summary>
    private static readonly string[] _briefIds =
    [
        "confusion", "skin_mottled_blue", "breathless", "no_urine_24h", "skin_purple_black",
        "redness_spreading_fast", "chest_pain", "fainting", "thoughts_harm", "infant_unresponsive",
        "chills_aches", "red_streaks", "feels_severely_ill", "pus", "fluctuant_lump",
        "both_breasts_inflamed", "immunosuppressed_or_diabetic", "peau_dorange", "new_nipple_inversion",
        "blood_in_milk", "nipple_white_spot_painful", "breast_lump_tender", "localized_redness",
        "breast_warm", "both_breasts_full", "leaking", "slow_letdown", "dmer_brief", "nipple_pain_pumping",
    ];

    [Fact]
    public void IdsAreExactlyTheBriefsList()
    {
        var ids = SymptomCatalog.All.Select(s => s.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(_briefIds.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EverySymptomHasAPlainLabel() =>
        Assert.All(SymptomCatalog.All, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Label));
            Assert.DoesNotContain("_", s.Label);
            Assert.True(char.IsUpper(s.Label[0]), s.Label);
        });

    [Fact]
    public void RedFlagsAreAskedFirstAndGroupsStayTogether()
    {
        var groupOrder = SymptomCatalog.All.Select(s => SymptomCatalog.Groups.ToList().IndexOf(s.Group)).ToList();

        Assert.Equal(SymptomGroup.RedFlag, SymptomCatalog.All[0].Group);
        Assert.Equal(groupOrder.Order(), groupOrder);
    }

    [Fact]
    public void RedFlagGroupHoldsExactlyTheEmergencySymptoms()
    {
        string[] emergencyIds =
        [
            "confusion", "skin_mottled_blue", "breathless", "no_urine_24h", "skin_purple_black",
            "redness_spreading_fast", "chest_pain", "fainting", "thoughts_harm", "infant_unresponsive",
        ];

        Assert.Equal(emergencyIds.Order(), SymptomCatalog.InGroup(SymptomGroup.RedFlag).Select(s => s.Id).Order());
    }

    [Theory]
    [InlineData("chills_aches", SymptomGroup.Body)]
    [InlineData("feels_severely_ill", SymptomGroup.Body)]
    [InlineData("immunosuppressed_or_diabetic", SymptomGroup.Body)]
    [InlineData("localized_redness", SymptomGroup.Breast)]
    [InlineData("breast_lump_tender", SymptomGroup.Breast)]
    [InlineData("leaking", SymptomGroup.Feeding)]
    [InlineData("slow_letdown", SymptomGroup.Feeding)]
    [InlineData("dmer_brief", SymptomGroup.Feeding)]
    [InlineData("nipple_pain_pumping", SymptomGroup.Feeding)]
    [InlineData("both_breasts_full", SymptomGroup.Feeding)]
    [InlineData("blood_in_milk", SymptomGroup.Feeding)]
    public void SymptomIsInItsGroup(string id, SymptomGroup group) => Assert.Equal(group, SymptomCatalog.Find(id)?.Group);

    [Fact]
    public void FindReturnsNullForAnUnknownId()
    {
        Assert.Null(SymptomCatalog.Find("mastitis"));
        Assert.Null(SymptomCatalog.Find("PUS"));
        Assert.False(SymptomCatalog.Contains("mastitis"));
    }

    [Fact]
    public void EveryGroupHasAPlainTitleAndAtLeastOneSymptom()
    {
        Assert.Equal(Enum.GetValues<SymptomGroup>(), SymptomCatalog.Groups);
        Assert.All(SymptomCatalog.Groups, g =>
        {
            Assert.False(string.IsNullOrWhiteSpace(g.Title()));
            Assert.NotEmpty(SymptomCatalog.InGroup(g));
        });
        Assert.Equal("Do you have any of these right now?", SymptomGroup.RedFlag.Title());
    }
}
