using Lactation.Content.Symptoms;
using static Lactation.Content.Tests.Symptoms.Triage;

namespace Lactation.Content.Tests.Symptoms;

/// <summary>What every result says besides the disposition: condition, advice, watch-for, articles.</summary>
public sealed class SymptomRulesAssessAdvice
{
    /// <summary>The site's articles and headings the checker may link to (from the brief).</summary>
    private static readonly HashSet<(string Slug, string? Anchor)> _siteArticles =
    [
        ("mastitis-spectrum", null), ("clogged-duct", null),
        ("inflammatory-vs-bacterial-mastitis", null), ("inflammatory-vs-bacterial-mastitis", "when-to-call"),
        ("mastitis-treatment-antibiotics", null), ("mastitis-treatment-antibiotics", "if-antibiotics-are-not-working"),
        ("breast-abscess-phlegmon", null),
        ("lumps-while-breastfeeding", null), ("lumps-while-breastfeeding", "when-a-lump-needs-a-scan"),
        ("nipple-blebs-subacute-mastitis", null),
        ("red-flags-not-mastitis", null), ("red-flags-not-mastitis", "sepsis-signs"),
        ("red-flags-not-mastitis", "warning-signs-after-birth"), ("red-flags-not-mastitis", "inflammatory-breast-cancer"),
        ("is-baby-getting-enough", null), ("is-baby-getting-enough", "nappy-chart"),
        ("let-down-reflex", null), ("d-mer", null), ("leaking-milk", null), ("hand-expression-massage", null),
        ("pumping-sore-breast", null), ("pumping-sore-breast", "flange-fit"), ("exercise-running-mastitis", null),
    ];

    [Theory]
    [MemberData(nameof(SampleNames), MemberType = typeof(Triage))]
    public void EveryResultSaysFeedingIsSafe(string sample)
    {
        var result = SymptomRules.Assess(Samples[sample]);

        Assert.Contains(SymptomAdvice.KeepFeeding, result.Advice);
    }

    [Theory]
    [MemberData(nameof(SampleNames), MemberType = typeof(Triage))]
    public void EveryResultHasTheHeadlineOfItsDisposition(string sample)
    {
        var result = SymptomRules.Assess(Samples[sample]);

        Assert.Equal(result.Disposition.Headline(), result.Headline);
        Assert.False(string.IsNullOrWhiteSpace(result.LikelyCondition));
    }

    [Theory]
    [MemberData(nameof(SampleNames), MemberType = typeof(Triage))]
    public void EveryResultListsTheSignsToWatchFor(string sample)
    {
        var watch = string.Join("\n", SymptomRules.Assess(Samples[sample]).WatchFor);

        Assert.Contains("38.0 °C (100.4 °F)", watch);
        Assert.Contains("Red streaks", watch);
        Assert.Contains("worse after 24 hours, or no better after 48 hours", watch);
        Assert.Contains("very ill", watch);
        Assert.Contains("sepsis", watch);
        Assert.Contains("emergency number", watch);
    }

    [Theory]
    [MemberData(nameof(SampleNames), MemberType = typeof(Triage))]
    public void EveryResultLinksOneToFourDistinctArticlesTheSiteHas(string sample)
    {
        var articles = SymptomRules.Assess(Samples[sample]).Articles;

        Assert.InRange(articles.Count, 1, 4);
        Assert.Equal(articles.Count, articles.Select(a => a.Slug).Distinct().Count());
        Assert.All(articles, a => Assert.Contains(a, SymptomRules.AllLinkedArticles));
    }

    [Fact]
    public void AllLinkedArticlesAreTheSitesArticlesAndCoverEveryOne()
    {
        var linked = SymptomRules.AllLinkedArticles.Select(a => (a.Slug, a.Anchor)).ToList();

        Assert.Equal(linked.Count, linked.Distinct().Count());
        Assert.All(linked, link => Assert.Contains(link, _siteArticles));
        Assert.Equal(_siteArticles.Select(a => a.Slug).ToHashSet(), linked.Select(a => a.Slug).ToHashSet());
    }

    [Theory]
    [InlineData("confusion", "red-flags-not-mastitis", "sepsis-signs")]
    [InlineData("redness_spreading_fast", "red-flags-not-mastitis", "sepsis-signs")]
    [InlineData("chest_pain", "red-flags-not-mastitis", "warning-signs-after-birth")]
    [InlineData("red_streaks", "inflammatory-vs-bacterial-mastitis", "when-to-call")]
    [InlineData("pus", "breast-abscess-phlegmon", null)]
    [InlineData("peau_dorange", "red-flags-not-mastitis", "inflammatory-breast-cancer")]
    [InlineData("nipple_white_spot_painful", "nipple-blebs-subacute-mastitis", null)]
    [InlineData("breast_lump_tender", "clogged-duct", null)]
    [InlineData("both_breasts_full", "mastitis-spectrum", null)]
    [InlineData("leaking", "leaking-milk", null)]
    [InlineData("slow_letdown", "let-down-reflex", null)]
    [InlineData("dmer_brief", "d-mer", null)]
    [InlineData("nipple_pain_pumping", "pumping-sore-breast", "flange-fit")]
    public void FirstArticleFitsTheSymptom(string symptom, string slug, string? anchor)
    {
        var answers = Answers(symptom) with { HoursSinceOnset = 2, Trend = "improving" };

        var first = SymptomRules.Assess(answers).Articles[0];

        Assert.Equal(new ArticleLink(slug, anchor), first);
    }

    [Theory]
    [InlineData("U8 antibiotics", "mastitis-treatment-antibiotics", "if-antibiotics-are-not-working")]
    [InlineData("C3 antibiotics 24h", "mastitis-treatment-antibiotics", "if-antibiotics-are-not-working")]
    [InlineData("U10 nappies", "is-baby-getting-enough", "nappy-chart")]
    [InlineData("S1 lump a week", "lumps-while-breastfeeding", "when-a-lump-needs-a-scan")]
    [InlineData("U1 fever", "inflammatory-vs-bacterial-mastitis", "when-to-call")]
    [InlineData("C4 after course", "red-flags-not-mastitis", "inflammatory-breast-cancer")]
    [InlineData("SC early inflammation", "mastitis-spectrum", null)]
    public void FirstArticleExplainsTheMostUrgentRule(string sample, string slug, string? anchor)
    {
        var first = SymptomRules.Assess(Samples[sample]).Articles[0];

        Assert.Equal(new ArticleLink(slug, anchor), first);
    }

    [Theory]
    [InlineData("E1 sepsis", "Possible sepsis")]
    [InlineData("E3 thoughts of harm", "Thoughts of harm: an emergency, not D-MER")]
    [InlineData("U1 fever", "Inflammatory mastitis, possibly infected")]
    [InlineData("U4 fluctuant lump", "Possible breast abscess")]
    [InlineData("U8 antibiotics", "Mastitis not settling on antibiotics")]
    [InlineData("U10 nappies", "Not enough milk reaching your baby")]
    [InlineData("C4 orange peel", "Breast changes that are not typical of mastitis")]
    [InlineData("C5 not breastfeeding", "A breast lump or redness when not breastfeeding")]
    [InlineData("S1 lump a week", "A lump that has lasted a week or more")]
    [InlineData("S2 blood day 10", "Blood in the milk")]
    [InlineData("S3 bleb a week", "Nipple bleb")]
    [InlineData("SC engorgement", "Engorgement")]
    public void LikelyConditionNamesTheMostRelevantCondition(string sample, string condition) =>
        Assert.Equal(condition, SymptomRules.Assess(Samples[sample]).LikelyCondition);

    [Theory]
    [InlineData("breast_lump_tender")]
    [InlineData("localized_redness")]
    [InlineData("breast_warm")]
    [InlineData("both_breasts_inflamed")]
    [InlineData("both_breasts_full")]
    [InlineData("nipple_white_spot_painful")]
    [InlineData("red_streaks")]
    public void BreastSymptomsGetIceIbuprofenNoHeatAndFeedOnDemand(string symptom)
    {
        var advice = SymptomRules.Assess(Answers(symptom) with { HoursSinceOnset = 2 }).Advice;

        Assert.Contains(SymptomAdvice.Ice, advice);
        Assert.Contains(SymptomAdvice.Ibuprofen, advice);
        Assert.Contains(SymptomAdvice.NoHeatNoDeepMassage, advice);
        Assert.Contains(SymptomAdvice.FeedOnDemand, advice);
    }

    [Theory]
    [InlineData("leaking")]
    [InlineData("slow_letdown")]
    [InlineData("dmer_brief")]
    public void FeedingQuestionsWithoutBreastSymptomsSkipBreastCare(string symptom)
    {
        var advice = SymptomRules.Assess(Answers(symptom)).Advice;

        Assert.DoesNotContain(SymptomAdvice.Ice, advice);
        Assert.DoesNotContain(SymptomAdvice.Ibuprofen, advice);
    }

    [Fact]
    public void TheAdviceLinesSayWhatTheBriefRequires()
    {
        Assert.Contains("safe for your baby", SymptomAdvice.KeepFeeding);
        Assert.Contains("affected breast", SymptomAdvice.KeepFeeding);
        Assert.Contains("about 10 minutes", SymptomAdvice.Ice);
        Assert.Contains("cloth", SymptomAdvice.Ice);
        Assert.Contains("safe while breastfeeding", SymptomAdvice.Ibuprofen);
        Assert.Contains("pharmacist", SymptomAdvice.Ibuprofen);
        Assert.Contains("Don't use heat", SymptomAdvice.NoHeatNoDeepMassage);
        Assert.Contains("don't massage deeply", SymptomAdvice.NoHeatNoDeepMassage);
        Assert.Contains("Don't pump extra", SymptomAdvice.FeedOnDemand);
    }

    [Fact]
    public void ThoughtsOfHarmComeFirstAndSayItIsNotDmer()
    {
        var advice = SymptomRules.Assess(Samples["E3 thoughts of harm"]).Advice;

        Assert.Equal(SymptomAdvice.ThoughtsOfHarm, advice[0]);
        Assert.Contains("not D-MER", advice[0]);
        Assert.Contains(SymptomAdvice.CallNow, advice);
    }

    [Theory]
    [InlineData("E1 sepsis", true)]
    [InlineData("E4 baby floppy", true)]
    [InlineData("U1 fever", false)]
    [InlineData("SC leaking", false)]
    public void OnlyEmergenciesSayCallNow(string sample, bool callNow)
    {
        var advice = SymptomRules.Assess(Samples[sample]).Advice;

        Assert.Equal(callNow, advice.Contains(SymptomAdvice.CallNow));
    }

    [Fact]
    public void LowNappyCountsGetFeedingAdviceAndANappyWatchSign()
    {
        var result = SymptomRules.Assess(Samples["U10 nappies"]);

        Assert.Contains(SymptomAdvice.FeedBabyOften, result.Advice);
        Assert.Contains(result.WatchFor, w => w.Contains("nappies"));
    }

    [Fact]
    public void OnAntibioticsTheAdviceSaysKeepTakingThem()
    {
        var result = SymptomRules.Assess(Samples["C3 antibiotics 24h"]);

        Assert.Contains(SymptomAdvice.KeepTakingAntibiotics, result.Advice);
        Assert.Contains(result.WatchFor, w => w.Contains("48 hours of antibiotics"));
    }

    [Theory]
    [InlineData("pus")]
    [InlineData("fluctuant_lump")]
    public void PossibleAbscessNeverLinksToMassage(string symptom)
    {
        var result = SymptomRules.Assess(Answers($"{symptom},breast_lump_tender,localized_redness") with { HoursSinceOnset = 5 });

        Assert.DoesNotContain(result.Articles, a => a.Slug == "hand-expression-massage");
        Assert.Contains(SymptomAdvice.DontMassageAbscess, result.Advice);
    }

    [Theory]
    [InlineData("confusion,localized_redness")]
    [InlineData("red_streaks,localized_redness")]
    [InlineData("chills_aches,breast_warm")]
    public void CareTodayResultsLinkNoHomeCareArticles(string symptoms)
    {
        var result = SymptomRules.Assess(Answers(symptoms) with { HoursSinceOnset = 5 });

        Assert.DoesNotContain(result.Articles, a => a.Slug is "hand-expression-massage" or "exercise-running-mastitis");
    }

    [Fact]
    public void HomeCareResultForAnInflamedBreastLinksHomeCareArticles()
    {
        var result = SymptomRules.Assess(Answers("localized_redness") with { HoursSinceOnset = 5, Trend = "improving" });

        Assert.Equal(Disposition.SelfCare, result.Disposition);
        Assert.Contains(result.Articles, a => a.Slug == "hand-expression-massage");
    }

    [Fact]
    public void NotBreastfeedingGetsNoFeedOnDemandAdvice()
    {
        var result = SymptomRules.Assess(Samples["C5 not breastfeeding"]);

        Assert.DoesNotContain(SymptomAdvice.FeedOnDemand, result.Advice);
        Assert.Contains(SymptomAdvice.KeepFeeding, result.Advice);
    }
}
