namespace Lactation.Content.Tests.Articles;

/// <summary>Builds article files for tests: a valid one, with any line swapped or removed.</summary>
internal static class ArticleText
{
    public const string ValidFrontMatter = """
        title: Leaking milk
        description: Why breasts leak milk in the early weeks and simple ways to stay dry and comfortable.
        topics: [leakage]
        reviewed: 2026-11-01
        next_review: 2027-11-01
        reviewer: Lactation editorial team
        sources:
          - title: "NHS: Breastfeeding problems"
            url: https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/breastfeeding-problems/
          - title: "NHS: Mastitis"
            url: https://www.nhs.uk/conditions/mastitis/
        """;

    public const string Body = """
        ## In short

        Leaking is normal.

        ## What helps

        Nursing pads help.
        """;

    public static string Valid() => Compose(ValidFrontMatter, Body);

    public static string Compose(string frontMatter, string body) => $"---\n{frontMatter}\n---\n{body}\n";

    /// <summary>The valid file with one front-matter line replaced (or removed when the replacement is null).</summary>
    public static string WithLine(string startsWith, string? replacement)
    {
        var lines = ValidFrontMatter.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith(startsWith, StringComparison.Ordinal));
        if (replacement is null)
        {
            lines.RemoveAt(index);
        }
        else
        {
            lines[index] = replacement;
        }

        return Compose(string.Join('\n', lines), Body);
    }
}
