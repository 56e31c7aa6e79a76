namespace Lactation.Content.Symptoms;

/// <summary>What the checker decided and why.</summary>
/// <param name="Disposition">The most urgent disposition any rule gave.</param>
/// <param name="Headline">What to do, in one line.</param>
/// <param name="LikelyCondition">The most relevant condition, in plain words. Not a diagnosis.</param>
/// <param name="Reasons">Every rule that matched, most urgent first.</param>
/// <param name="Articles">The 1-4 most helpful articles, most relevant first.</param>
/// <param name="Advice">What to do now; always says that feeding is safe.</param>
/// <param name="WatchFor">Signs that mean getting help sooner.</param>
public sealed record Assessment(
    Disposition Disposition,
    string Headline,
    string LikelyCondition,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<ArticleLink> Articles,
    IReadOnlyList<string> Advice,
    IReadOnlyList<string> WatchFor);

/// <summary>One matching rule.</summary>
/// <param name="RuleId">The id in the content brief's table, e.g. "U1".</param>
/// <param name="Text">Why it matched, addressed to the parent.</param>
/// <param name="Source">Where the threshold comes from (codes as in the brief).</param>
public sealed record Reason(string RuleId, string Text, string Source);

/// <summary>An article on the site, optionally a heading inside it.</summary>
public sealed record ArticleLink(string Slug, string? Anchor = null);
