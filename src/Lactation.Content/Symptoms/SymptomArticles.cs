namespace Lactation.Content.Symptoms;

/// <summary>
/// Which articles an assessment links to: first those explaining the rules that matched (most
/// urgent first), then those about the symptoms ticked; one link per article, at most four.
/// </summary>
internal static class SymptomArticles
{
    public const int Max = 4;

    private static ArticleLink Spectrum { get; } = new("mastitis-spectrum");
    private static ArticleLink CloggedDuct { get; } = new("clogged-duct");
    private static ArticleLink WhenToCall { get; } = new("inflammatory-vs-bacterial-mastitis", "when-to-call");
    private static ArticleLink Antibiotics { get; } = new("mastitis-treatment-antibiotics");
    private static ArticleLink AntibioticsNotWorking { get; } = new("mastitis-treatment-antibiotics", "if-antibiotics-are-not-working");
    private static ArticleLink Abscess { get; } = new("breast-abscess-phlegmon");
    private static ArticleLink Lumps { get; } = new("lumps-while-breastfeeding");
    private static ArticleLink LumpScan { get; } = new("lumps-while-breastfeeding", "when-a-lump-needs-a-scan");
    private static ArticleLink Blebs { get; } = new("nipple-blebs-subacute-mastitis");
    private static ArticleLink SepsisSigns { get; } = new("red-flags-not-mastitis", "sepsis-signs");
    private static ArticleLink WarningSignsAfterBirth { get; } = new("red-flags-not-mastitis", "warning-signs-after-birth");
    private static ArticleLink InflammatoryBreastCancer { get; } = new("red-flags-not-mastitis", "inflammatory-breast-cancer");
    private static ArticleLink GettingEnough { get; } = new("is-baby-getting-enough");
    private static ArticleLink NappyChart { get; } = new("is-baby-getting-enough", "nappy-chart");
    private static ArticleLink LetDown { get; } = new("let-down-reflex");
    private static ArticleLink Dmer { get; } = new("d-mer");
    private static ArticleLink Leaking { get; } = new("leaking-milk");
    private static ArticleLink HandExpression { get; } = new("hand-expression-massage");
    private static ArticleLink FlangeFit { get; } = new("pumping-sore-breast", "flange-fit");
    private static ArticleLink Exercise { get; } = new("exercise-running-mastitis");

    private static readonly Dictionary<string, ArticleLink[]> _byRule = new(StringComparer.Ordinal)
    {
        ["E1"] = [SepsisSigns],
        ["E2"] = [SepsisSigns],
        ["E3"] = [WarningSignsAfterBirth],
        ["E4"] = [GettingEnough],
        ["U1"] = [WhenToCall],
        ["U2"] = [WhenToCall],
        ["U3"] = [WhenToCall],
        ["U4"] = [Abscess],
        ["U5"] = [WhenToCall, Spectrum],
        ["U6"] = [WhenToCall],
        ["U7"] = [WhenToCall],
        ["U8"] = [AntibioticsNotWorking],
        ["U9"] = [WhenToCall],
        ["U10"] = [NappyChart],
        ["C1"] = [WhenToCall],
        ["C2"] = [WhenToCall],
        ["C3"] = [AntibioticsNotWorking],
        ["C4"] = [InflammatoryBreastCancer],
        ["C5"] = [InflammatoryBreastCancer],
        ["C6"] = [WhenToCall],
        ["S1"] = [LumpScan],
        ["S3"] = [Blebs],
    };

    private static readonly Dictionary<string, ArticleLink[]> _bySymptom = new(StringComparer.Ordinal)
    {
        ["thoughts_harm"] = [WarningSignsAfterBirth],
        ["breast_lump_tender"] = [CloggedDuct, Lumps],
        ["localized_redness"] = [Spectrum, WhenToCall],
        ["breast_warm"] = [Spectrum, WhenToCall],
        ["both_breasts_inflamed"] = [Spectrum, WhenToCall],
        ["red_streaks"] = [WhenToCall],
        ["pus"] = [Abscess],
        ["fluctuant_lump"] = [Abscess],
        ["peau_dorange"] = [InflammatoryBreastCancer],
        ["new_nipple_inversion"] = [InflammatoryBreastCancer],
        ["nipple_white_spot_painful"] = [Blebs],
        ["chills_aches"] = [WhenToCall],
        ["feels_severely_ill"] = [WhenToCall],
        ["both_breasts_full"] = [Spectrum, HandExpression],
        ["leaking"] = [Leaking],
        ["slow_letdown"] = [LetDown, HandExpression],
        ["dmer_brief"] = [Dmer, LetDown],
        ["nipple_pain_pumping"] = [FlangeFit],
    };

    /// <summary>Home care for an inflamed breast: gentle massage, then rest and a slow return to exercise.</summary>
    private static readonly ArticleLink[] _homeCare = [HandExpression, Exercise];

    public static IReadOnlyList<ArticleLink> All { get; } =
    [
        .. _byRule.Values.SelectMany(links => links)
            .Concat(_bySymptom.Values.SelectMany(links => links))
            .Concat(_homeCare)
            .Append(Antibiotics)
            .Append(Spectrum)
            .Distinct(),
    ];

    public static IReadOnlyList<ArticleLink> For(TriageFacts facts, ISet<string> firedRuleIds)
    {
        var candidates = new List<ArticleLink>();
        foreach (var ruleId in SymptomRules.RuleIds.Where(firedRuleIds.Contains))
        {
            candidates.AddRange(_byRule.GetValueOrDefault(ruleId, []));
        }
        // Catalog order puts red flags first, then breast, body and feeding symptoms.
        foreach (var symptom in SymptomCatalog.All.Where(s => facts.Has(s.Id)))
        {
            candidates.AddRange(_bySymptom.GetValueOrDefault(symptom.Id, []));
        }
        if (facts.OnAntibiotics)
        {
            candidates.Add(Antibiotics);
        }
        // Home care only when home care is the answer, and never for a possible abscess: massage must
        // wait until one has been ruled out (ABM36).
        var needsCareToday = firedRuleIds.Any(id => id[0] is 'E' or 'U');
        if (facts.BreastInflammation && !needsCareToday && !facts.HasAny("pus", "fluctuant_lump"))
        {
            candidates.AddRange(_homeCare);
        }
        if (candidates.Count == 0)
        {
            candidates.Add(Spectrum);
        }

        return [.. candidates.DistinctBy(link => link.Slug).Take(Max)];
    }
}
