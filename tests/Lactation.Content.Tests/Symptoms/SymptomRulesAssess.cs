using Lactation.Content.Symptoms;
using static Lactation.Content.Tests.Symptoms.Triage;

namespace Lactation.Content.Tests.Symptoms;

/// <summary>One theory per rule of the brief's table, one row per clinical case, thresholds just below, at and above.</summary>
public sealed class SymptomRulesAssess
{
    // E1-E4 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("confusion", "E1")]
    [InlineData("skin_mottled_blue", "E1")]
    [InlineData("breathless", "E1")]
    [InlineData("no_urine_24h", "E1")]
    [InlineData("skin_purple_black", "E2")]
    [InlineData("redness_spreading_fast", "E2")]
    [InlineData("chest_pain", "E3")]
    [InlineData("fainting", "E3")]
    [InlineData("thoughts_harm", "E3")]
    [InlineData("infant_unresponsive", "E4")]
    public void RedFlagSymptomIsAnEmergency(string symptom, string ruleId)
    {
        var result = SymptomRules.Assess(Answers(symptom));

        result.AssertRule(ruleId, fires: true, Disposition.Emergency);
        Assert.Equal(ruleId, Assert.Single(result.Reasons).RuleId);
    }

    [Fact]
    public void NoRedFlagMeansNoEmergency()
    {
        var everythingElse = SymptomCatalog.All.Where(s => s.Group != SymptomGroup.RedFlag).Select(s => s.Id);
        var result = SymptomRules.Assess(Answers(string.Join(",", everythingElse)).Celsius(41));

        Assert.DoesNotContain(result.Reasons, r => r.RuleId.StartsWith('E'));
        Assert.Equal(Disposition.Urgent, result.Disposition);
    }

    // U1 -----------------------------------------------------------------------------------

    [Fact]
    public void FeverOf38IsUrgent() =>
        SymptomRules.Assess(Answers().Celsius(38.0)).AssertRule("U1", fires: true, Disposition.Urgent);

    [Theory]
    [InlineData(34.0, "C", false)]
    [InlineData(37.9, "C", false)]
    [InlineData(38.0, "C", true)]
    [InlineData(38.1, "C", true)]
    [InlineData(38.3, "C", true)]
    [InlineData(43.0, "C", true)]
    [InlineData(93.0, "F", false)]
    [InlineData(100.3, "F", false)]
    [InlineData(100.4, "F", true)]
    [InlineData(100.5, "F", true)]
    [InlineData(110.0, "F", true)]
    [InlineData(100.4, "f", true)]
    [InlineData(37.9, "c", false)]
    public void FeverFrom38CelsiusOr100Point4FahrenheitIsUrgent(double temperature, string unit, bool fires)
    {
        var result = SymptomRules.Assess(Answers() with { Temperature = temperature, TemperatureUnit = unit });

        result.AssertRule("U1", fires, fires ? Disposition.Urgent : Disposition.SelfCare);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(37.5, "C", false)]
    [InlineData(99.5, "F", false)]
    [InlineData(38.0, "C", true)]
    public void ChillsAndAchesCountAsFeverOnlyWhenNoTemperatureWasTaken(double? temperature, string? unit, bool fires)
    {
        var result = SymptomRules.Assess(Answers("chills_aches") with { Temperature = temperature, TemperatureUnit = unit });

        result.AssertRule("U1", fires, fires ? Disposition.Urgent : Disposition.SelfCare);
    }

    // U2-U4 --------------------------------------------------------------------------------

    [Theory]
    [InlineData("red_streaks", "U2")]
    [InlineData("feels_severely_ill", "U3")]
    [InlineData("pus", "U4")]
    [InlineData("fluctuant_lump", "U4")]
    public void InfectionOrAbscessSignIsUrgent(string symptom, string ruleId)
    {
        var result = SymptomRules.Assess(Answers(symptom));

        result.AssertRule(ruleId, fires: true, Disposition.Urgent);
    }

    // U5 -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("both_breasts_inflamed", null, false, Disposition.SelfCare)]
    [InlineData("both_breasts_inflamed,localized_redness", null, true, Disposition.Urgent)]
    [InlineData("both_breasts_inflamed,chills_aches", null, true, Disposition.Urgent)]
    [InlineData("both_breasts_inflamed,chills_aches", 37.5, true, Disposition.Urgent)]
    [InlineData("both_breasts_inflamed,feels_severely_ill", null, true, Disposition.Urgent)]
    [InlineData("both_breasts_inflamed", 38.0, true, Disposition.Urgent)]
    [InlineData("both_breasts_inflamed", 37.9, false, Disposition.SelfCare)]
    [InlineData("localized_redness,chills_aches", null, false, Disposition.Urgent)]
    [InlineData("both_breasts_full,feels_severely_ill", null, false, Disposition.Urgent)]
    public void BothBreastsInflamedWithRednessOrAWholeBodySymptomIsUrgent(string symptoms, double? celsius, bool fires, Disposition expected)
    {
        var answers = Answers(symptoms).Celsius(celsius) with { HoursSinceOnset = 2, Trend = "improving" };

        SymptomRules.Assess(answers).AssertRule("U5", fires, expected);
    }

    // U6 and C2: worsening, not on antibiotics ----------------------------------------------

    [Theory]
    [InlineData("localized_redness", 0, false, true, Disposition.Contact24h)]
    [InlineData("localized_redness", 23, false, true, Disposition.Contact24h)]
    [InlineData("localized_redness", 24, true, false, Disposition.Urgent)]
    [InlineData("localized_redness", 25, true, false, Disposition.Urgent)]
    [InlineData("breast_warm", 23, false, true, Disposition.Contact24h)]
    [InlineData("breast_warm", 24, true, false, Disposition.Urgent)]
    [InlineData("breast_lump_tender", 23, false, true, Disposition.Contact24h)]
    [InlineData("breast_lump_tender", 24, true, false, Disposition.Urgent)]
    [InlineData("both_breasts_inflamed", 23, false, true, Disposition.Contact24h)]
    [InlineData("both_breasts_inflamed", 24, true, false, Disposition.Urgent)]
    [InlineData("leaking", 48, false, false, Disposition.SelfCare)]
    [InlineData("nipple_white_spot_painful", 30, false, false, Disposition.SelfCare)]
    public void WorseningBreastInflammationIsUrgentFrom24HoursAndContact24hBefore(string symptom, int hours, bool u6, bool c2, Disposition expected)
    {
        var result = SymptomRules.Assess(Answers(symptom) with { HoursSinceOnset = hours, Trend = "worsening" });

        result.AssertRule("U6", u6, expected);
        result.AssertRule("C2", c2, expected);
    }

    // U7 and C1: unchanged, not on antibiotics ----------------------------------------------

    [Theory]
    [InlineData("localized_redness", "unchanged", 0, false, false, Disposition.SelfCare)]
    [InlineData("localized_redness", "unchanged", 23, false, false, Disposition.SelfCare)]
    [InlineData("localized_redness", "unchanged", 24, false, true, Disposition.Contact24h)]
    [InlineData("localized_redness", "unchanged", 47, false, true, Disposition.Contact24h)]
    [InlineData("localized_redness", "unchanged", 48, true, false, Disposition.Urgent)]
    [InlineData("localized_redness", "unchanged", 49, true, false, Disposition.Urgent)]
    [InlineData("breast_warm", "unchanged", 24, false, true, Disposition.Contact24h)]
    [InlineData("breast_lump_tender", "unchanged", 47, false, true, Disposition.Contact24h)]
    [InlineData("breast_lump_tender", "unchanged", 48, true, false, Disposition.Urgent)]
    [InlineData("both_breasts_inflamed", "unchanged", 48, true, false, Disposition.Urgent)]
    [InlineData("localized_redness", "improving", 24, false, false, Disposition.SelfCare)]
    [InlineData("localized_redness", "improving", 48, false, false, Disposition.SelfCare)]
    [InlineData("localized_redness", "UNCHANGED", 48, true, false, Disposition.Urgent)]
    [InlineData("slow_letdown", "unchanged", 72, false, false, Disposition.SelfCare)]
    // No trend given: we cannot assume it is improving, so it counts as unchanged (the safer side).
    [InlineData("localized_redness", null, 23, false, false, Disposition.SelfCare)]
    [InlineData("localized_redness", null, 24, false, true, Disposition.Contact24h)]
    [InlineData("breast_lump_tender", null, 48, true, false, Disposition.Urgent)]
    public void UnchangedBreastInflammationNeedsContactFrom24HoursAndIsUrgentFrom48(string symptom, string? trend, int hours, bool u7, bool c1, Disposition expected)
    {
        var result = SymptomRules.Assess(Answers(symptom) with { HoursSinceOnset = hours, Trend = trend });

        result.AssertRule("U7", u7, expected);
        result.AssertRule("C1", c1, expected);
    }

    [Theory]
    [InlineData("worsening", 10)]
    [InlineData("worsening", 30)]
    [InlineData("unchanged", 30)]
    [InlineData("unchanged", 50)]
    public void OnAntibioticsTheHomeCareTrendRulesDoNotApply(string trend, int hours)
    {
        var answers = Answers("localized_redness") with { HoursSinceOnset = hours, Trend = trend, OnAntibiotics = true, AntibioticHours = 2 };

        var result = SymptomRules.Assess(answers);

        Assert.DoesNotContain(result.Reasons, r => r.RuleId is "U6" or "U7" or "C1" or "C2");
    }

    // U8 and C3: on antibiotics -------------------------------------------------------------

    [Theory]
    [InlineData("worsening", 1, true, false, Disposition.Urgent)]
    [InlineData("worsening", 24, true, true, Disposition.Urgent)]
    [InlineData("worsening", null, true, false, Disposition.Urgent)]
    [InlineData("unchanged", 23, false, false, Disposition.SelfCare)]
    [InlineData("unchanged", 24, false, true, Disposition.Contact24h)]
    [InlineData("unchanged", 47, false, true, Disposition.Contact24h)]
    [InlineData("unchanged", 48, true, false, Disposition.Urgent)]
    [InlineData("unchanged", 49, true, false, Disposition.Urgent)]
    [InlineData("unchanged", null, false, false, Disposition.SelfCare)]
    [InlineData(null, 23, false, false, Disposition.SelfCare)]
    [InlineData(null, 24, false, true, Disposition.Contact24h)]
    [InlineData(null, 47, false, true, Disposition.Contact24h)]
    [InlineData(null, 48, true, false, Disposition.Urgent)]
    [InlineData("improving", 24, false, false, Disposition.SelfCare)]
    [InlineData("improving", 48, false, false, Disposition.SelfCare)]
    [InlineData("improving", 120, false, false, Disposition.SelfCare)]
    public void OnAntibioticsWorseningOrNotImprovingAfter48HoursIsUrgent(string? trend, int? antibioticHours, bool u8, bool c3, Disposition expected)
    {
        var answers = Answers("localized_redness") with
        {
            HoursSinceOnset = 96, Trend = trend, OnAntibiotics = true, AntibioticHours = antibioticHours,
        };

        var result = SymptomRules.Assess(answers);

        result.AssertRule("U8", u8, expected);
        result.AssertRule("C3", c3, expected);
    }

    [Theory]
    [InlineData("unchanged", 48)]
    [InlineData("worsening", 48)]
    public void AntibioticHoursCountOnlyWhenOnAntibiotics(string trend, int antibioticHours)
    {
        var answers = Answers("localized_redness") with { HoursSinceOnset = 10, Trend = trend, AntibioticHours = antibioticHours };

        var result = SymptomRules.Assess(answers);

        Assert.False(result.Fired("U8"));
        Assert.False(result.Fired("C3"));
    }

    // U9 -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("immunosuppressed_or_diabetic,localized_redness", null, true, Disposition.Urgent)]
    [InlineData("immunosuppressed_or_diabetic,breast_warm", null, true, Disposition.Urgent)]
    [InlineData("immunosuppressed_or_diabetic", 38.0, true, Disposition.Urgent)]
    [InlineData("immunosuppressed_or_diabetic", 37.9, false, Disposition.SelfCare)]
    [InlineData("immunosuppressed_or_diabetic,chills_aches", null, true, Disposition.Urgent)]
    [InlineData("immunosuppressed_or_diabetic,breast_lump_tender", null, false, Disposition.SelfCare)]
    [InlineData("immunosuppressed_or_diabetic", null, false, Disposition.SelfCare)]
    [InlineData("localized_redness", null, false, Disposition.SelfCare)]
    public void DiabetesOrWeakImmunityWithRednessWarmthOrFeverIsUrgent(string symptoms, double? celsius, bool fires, Disposition expected)
    {
        var answers = Answers(symptoms).Celsius(celsius) with { HoursSinceOnset = 2, Trend = "improving" };

        SymptomRules.Assess(answers).AssertRule("U9", fires, expected);
    }

    // U10 ----------------------------------------------------------------------------------

    [Theory]
    [InlineData(1, 0, false)]
    [InlineData(2, 0, false)]
    [InlineData(2, 2, false)]
    [InlineData(3, 2, true)]
    [InlineData(3, 3, false)]
    [InlineData(4, 2, true)]
    [InlineData(4, 3, false)]
    [InlineData(5, 4, true)]
    [InlineData(5, 5, false)]
    [InlineData(6, 4, true)]
    [InlineData(6, 5, false)]
    [InlineData(7, 5, true)]
    [InlineData(7, 6, false)]
    [InlineData(42, 5, true)]
    [InlineData(200, 6, false)]
    public void FewerWetNappiesThanTheChartForBabysAgeIsUrgent(int infantAgeDays, int wet, bool fires)
    {
        var result = SymptomRules.Assess(Answers() with { InfantAgeDays = infantAgeDays, WetNappies24h = wet });

        result.AssertRule("U10", fires, fires ? Disposition.Urgent : Disposition.SelfCare);
    }

    [Theory]
    [InlineData(4, 0, false)]
    [InlineData(5, 1, true)]
    [InlineData(5, 2, false)]
    [InlineData(6, 1, true)]
    [InlineData(7, 0, true)]
    [InlineData(42, 1, true)]
    [InlineData(42, 2, false)]
    [InlineData(43, 0, false)]
    [InlineData(43, 1, false)]
    public void FewerThanTwoDirtyNappiesFromDay5ToDay42IsUrgent(int infantAgeDays, int stools, bool fires)
    {
        var result = SymptomRules.Assess(Answers() with { InfantAgeDays = infantAgeDays, Stools24h = stools });

        result.AssertRule("U10", fires, fires ? Disposition.Urgent : Disposition.SelfCare);
    }

    [Theory]
    [InlineData(10, null, null)]
    [InlineData(10, 6, null)]
    [InlineData(10, null, 2)]
    [InlineData(null, 0, 0)]
    public void NappyRulesJudgeOnlyTheCountsGiven(int? infantAgeDays, int? wet, int? stools)
    {
        var result = SymptomRules.Assess(Answers() with { InfantAgeDays = infantAgeDays, WetNappies24h = wet, Stools24h = stools });

        result.AssertRule("U10", fires: false, Disposition.SelfCare);
    }

    // C4 -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("peau_dorange", false, true, Disposition.Contact24h)]
    [InlineData("new_nipple_inversion", false, true, Disposition.Contact24h)]
    [InlineData("localized_redness", true, true, Disposition.Contact24h)]
    [InlineData("breast_warm", true, true, Disposition.Contact24h)]
    [InlineData("breast_lump_tender", true, true, Disposition.Contact24h)]
    [InlineData("both_breasts_inflamed", true, true, Disposition.Contact24h)]
    [InlineData("", true, false, Disposition.SelfCare)]
    [InlineData("leaking", true, false, Disposition.SelfCare)]
    [InlineData("localized_redness", false, false, Disposition.SelfCare)]
    public void OrangePeelSkinNewNippleInversionOrSymptomsAfterAntibioticsNeedContact(string symptoms, bool courseCompleted, bool fires, Disposition expected)
    {
        var answers = Answers(symptoms) with { HoursSinceOnset = 200, Trend = "improving", AntibioticCourseCompleted = courseCompleted };

        SymptomRules.Assess(answers).AssertRule("C4", fires, expected);
    }

    // C5 -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("localized_redness", false, true, Disposition.Contact24h)]
    [InlineData("breast_lump_tender", false, true, Disposition.Contact24h)]
    [InlineData("both_breasts_inflamed", false, true, Disposition.Contact24h)]
    [InlineData("breast_warm", false, false, Disposition.SelfCare)]
    [InlineData("", false, false, Disposition.SelfCare)]
    [InlineData("localized_redness", true, false, Disposition.SelfCare)]
    [InlineData("breast_lump_tender", true, false, Disposition.SelfCare)]
    public void LumpOrRednessWhenNotBreastfeedingNeedsContact(string symptoms, bool lactating, bool fires, Disposition expected)
    {
        var answers = Answers(symptoms) with { HoursSinceOnset = 2, Trend = "improving", Lactating = lactating };

        SymptomRules.Assess(answers).AssertRule("C5", fires, expected);
    }

    // C6 -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("localized_redness", null, true, Disposition.Contact24h)]
    [InlineData("breast_warm", null, true, Disposition.Contact24h)]
    [InlineData("localized_redness", 0, false, Disposition.SelfCare)]
    [InlineData("breast_warm", 1, false, Disposition.SelfCare)]
    [InlineData("breast_lump_tender", null, false, Disposition.SelfCare)]
    [InlineData("both_breasts_inflamed", null, false, Disposition.SelfCare)]
    [InlineData("leaking", null, false, Disposition.SelfCare)]
    public void RednessOrWarmthWithNoOnsetGivenNeedsContact(string symptoms, int? hours, bool fires, Disposition expected)
    {
        var answers = Answers(symptoms) with { HoursSinceOnset = hours, Trend = "improving" };

        SymptomRules.Assess(answers).AssertRule("C6", fires, expected);
    }

    // S1-S3 --------------------------------------------------------------------------------

    [Theory]
    [InlineData(null, false)]
    [InlineData(0, false)]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(8, true)]
    public void LumpLastingSevenDaysOrMoreNeedsAnAppointment(int? lumpDays, bool fires)
    {
        var answers = Answers("breast_lump_tender") with { LumpDays = lumpDays, HoursSinceOnset = 2, Trend = "improving" };

        SymptomRules.Assess(answers).AssertRule("S1", fires, fires ? Disposition.SeeSoon : Disposition.SelfCare);
    }

    [Theory]
    [InlineData("blood_in_milk", null, false)]
    [InlineData("blood_in_milk", 1, false)]
    [InlineData("blood_in_milk", 7, false)]
    [InlineData("blood_in_milk", 8, true)]
    [InlineData("blood_in_milk", 30, true)]
    [InlineData("leaking", 8, false)]
    public void BloodInMilkFromDay8NeedsAnAppointment(string symptoms, int? daysPostpartum, bool fires)
    {
        var answers = Answers(symptoms) with { DaysPostpartum = daysPostpartum };

        SymptomRules.Assess(answers).AssertRule("S2", fires, fires ? Disposition.SeeSoon : Disposition.SelfCare);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(24, false)]
    [InlineData(167, false)]
    [InlineData(168, true)]
    [InlineData(169, true)]
    public void PainfulWhiteSpotForAWeekNeedsAnAppointment(int? hours, bool fires)
    {
        var answers = Answers("nipple_white_spot_painful") with { HoursSinceOnset = hours };

        SymptomRules.Assess(answers).AssertRule("S3", fires, fires ? Disposition.SeeSoon : Disposition.SelfCare);
    }

    // SC -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("", null, null, null, "No warning signs in your answers")]
    [InlineData("breast_lump_tender", 30, "improving", null, "Clogged duct (ductal narrowing)")]
    [InlineData("breast_lump_tender", 10, "unchanged", null, "Clogged duct (ductal narrowing)")]
    [InlineData("localized_redness", 12, "unchanged", null, "Inflammatory mastitis")]
    [InlineData("localized_redness,breast_warm", 30, "improving", null, "Inflammatory mastitis")]
    [InlineData("both_breasts_full", null, null, 3, "Engorgement")]
    [InlineData("leaking", null, null, null, "Leaking milk")]
    [InlineData("slow_letdown", null, null, null, "Slow let-down")]
    [InlineData("dmer_brief", null, null, null, "D-MER")]
    [InlineData("blood_in_milk", null, null, 3, "Pink or rusty milk in the first week (usually harmless)")]
    [InlineData("nipple_white_spot_painful", 24, null, null, "Nipple bleb")]
    [InlineData("nipple_pain_pumping", null, null, null, "Nipple pain from pumping")]
    public void NothingMatchedIsSelfCareWithAReason(string symptoms, int? hours, string? trend, int? daysPostpartum, string likelyCondition)
    {
        var answers = Answers(symptoms) with { HoursSinceOnset = hours, Trend = trend, DaysPostpartum = daysPostpartum };

        var result = SymptomRules.Assess(answers);

        Assert.Equal(Disposition.SelfCare, result.Disposition);
        var reason = Assert.Single(result.Reasons);
        Assert.Equal("SC", reason.RuleId);
        Assert.False(string.IsNullOrWhiteSpace(reason.Text));
        Assert.False(string.IsNullOrWhiteSpace(reason.Source));
        Assert.Equal(likelyCondition, result.LikelyCondition);
    }

    // Combinations ---------------------------------------------------------------------------

    [Theory]
    [InlineData("confusion,localized_redness", 39.0, null, null, Disposition.Emergency, "E1,U1,C6")]
    [InlineData("confusion,skin_purple_black,chest_pain,infant_unresponsive", null, null, null, Disposition.Emergency, "E1,E2,E3,E4")]
    [InlineData("thoughts_harm,dmer_brief", null, null, null, Disposition.Emergency, "E3")]
    [InlineData("both_breasts_inflamed,localized_redness,feels_severely_ill", 38.5, null, null, Disposition.Urgent, "U1,U3,U5,C6")]
    [InlineData("pus,peau_dorange", null, 10, null, Disposition.Urgent, "U4,C4,S1")]
    [InlineData("new_nipple_inversion,nipple_white_spot_painful", null, 7, null, Disposition.Contact24h, "C4,S1")]
    [InlineData("blood_in_milk", null, 9, 8, Disposition.SeeSoon, "S1,S2")]
    [InlineData("red_streaks,chills_aches", 37.0, null, 8, Disposition.Urgent, "U2")]
    public void MostUrgentWinsAndEveryMatchingRuleIsListed(string symptoms, double? celsius, int? lumpDays, int? daysPostpartum, Disposition expected, string reasonIds)
    {
        var answers = Answers(symptoms).Celsius(celsius) with { LumpDays = lumpDays, DaysPostpartum = daysPostpartum };

        var result = SymptomRules.Assess(answers);

        Assert.Equal(expected, result.Disposition);
        Assert.Equal(reasonIds, result.ReasonIds());
    }

    [Fact]
    public void EveryRuleFiresWhenEverythingIsTicked()
    {
        var result = SymptomRules.Assess(Samples["everything ticked"]);

        Assert.Equal(Disposition.Emergency, result.Disposition);
        // Not U6, U7, C1, C2 (on antibiotics), C3 (72 h of antibiotics) or C6 (onset given).
        string[] notFiring = ["U6", "U7", "C1", "C2", "C3", "C6"];
        var expected = SymptomRules.RuleIds.Except(notFiring);
        Assert.Equal(string.Join(",", expected), result.ReasonIds());
    }

    [Fact]
    public void TheRuleTableHasEveryRowOfTheBriefInOrder()
    {
        string[] brief =
        [
            "E1", "E2", "E3", "E4", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10",
            "C1", "C2", "C3", "C4", "C5", "C6", "S1", "S2", "S3",
        ];

        Assert.Equal(brief, SymptomRules.RuleIds);
    }

    [Theory]
    [MemberData(nameof(SampleNames), MemberType = typeof(Triage))]
    public void ReasonsAreMostUrgentFirstAndTheFirstSetsTheDisposition(string sample)
    {
        var result = SymptomRules.Assess(Samples[sample]);

        var dispositions = result.Reasons.Select(r => DispositionOf(r.RuleId)).ToList();
        Assert.Equal(dispositions.Order(), dispositions);
        Assert.Equal(result.Disposition, dispositions[0]);
        Assert.Equal(result.Reasons.Count, result.Reasons.Select(r => r.RuleId).Distinct().Count());
        Assert.All(result.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Theory]
    [MemberData(nameof(SampleNames), MemberType = typeof(Triage))]
    public void SelfCareReasonAppearsOnlyWhenNothingElseMatched(string sample)
    {
        var result = SymptomRules.Assess(Samples[sample]);

        var onlySelfCare = result.Reasons is [{ RuleId: "SC" }];
        Assert.Equal(result.Fired("SC"), onlySelfCare);
        Assert.Equal(result.Disposition == Disposition.SelfCare, onlySelfCare);
    }

    [Fact]
    public void DuplicateSymptomIdsCountOnce()
    {
        var result = SymptomRules.Assess(Answers("pus,pus,fluctuant_lump"));

        Assert.Equal("U4", Assert.Single(result.Reasons).RuleId);
    }
}
