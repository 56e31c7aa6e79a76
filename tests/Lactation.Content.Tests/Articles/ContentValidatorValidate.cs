using Lactation.Content.Articles;

namespace Lactation.Content.Tests.Articles;

public sealed class ContentValidatorValidate : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private readonly string _root = Directory.CreateTempSubdirectory("lactation-validate-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The repository's real content must pass, so a broken article fails CI.</summary>
    [Fact]
    public void RealContentHasNoErrors()
    {
        var report = ContentValidator.Validate(Path.Combine(Lactation.Tests.RepoRoot.Path, "content"), Today);

        Assert.True(report.Errors == 0, string.Join('\n', report.Problems.Where(p => p.IsError)));
        Assert.True(report.Stats.Count >= 14, $"The brief asks for at least 14 articles; found {report.Stats.Count}.");
        Assert.All(Topics.All, topic => Assert.True(
            report.Stats.Count(s => ReadTopics(s.File).Contains(topic)) >= 2, $"Topic {topic} needs at least two articles."));
    }

    [Fact]
    public void RealArticlesAreBetween500And1500WordsAndPlainEnough()
    {
        var report = ContentValidator.Validate(Path.Combine(Lactation.Tests.RepoRoot.Path, "content"), Today);

        Assert.All(report.Stats, s => Assert.InRange(s.Words, 500, 1500));
        Assert.All(report.Stats, s => Assert.True(s.Grade <= 8.0, $"{s.File} reads at grade {s.Grade}."));
    }

    [Fact]
    public void ReportsBrokenInternalLinksAndAnchorsWithTheirLines()
    {
        Write("a", "Title A", "## Part one\n\nSee [b](/articles/b#nowhere), [c](/articles/c), [top](#part-one), [x](#nope), [t](/topics/cooking), [s](/search).");
        Write("b", "Title B", "## Part two\n\nBack to [a](/articles/a#part-one).");

        var report = ContentValidator.Validate(_root, Today);

        var messages = report.Problems.Where(p => p.IsError).Select(p => $"{p.File}:{p.Line}: {p.Message}").ToList();
        Assert.Equal(4, messages.Count);
        Assert.Contains("articles/a.md:16: Link '/articles/b#nowhere': articles/b.md has no heading with id 'nowhere'.", messages);
        Assert.Contains("articles/a.md:16: Link '/articles/c' points to no article: there is no slug 'c'.", messages);
        Assert.Contains("articles/a.md:16: Link '#nope' points to no heading in this article.", messages);
        Assert.Contains("articles/a.md:16: Link '/topics/cooking' points to no topic.", messages);
    }

    [Fact]
    public void ReportsDuplicateSlugsAliasesAndDescriptions()
    {
        Write("a", "Title A", "Body.", extra: "aliases: [/old]");
        Write("b", "Title B", "Body.", extra: "slug: a\naliases: [/old]");

        var report = ContentValidator.Validate(_root, Today);

        Assert.Contains(report.Problems, p => p.IsError && p.File == "articles/b.md" && p.Message == "Slug 'a' is already used by articles/a.md.");
        Assert.Contains(report.Problems, p => p.IsError && p.File == "articles/b.md" && p.Message == "Alias '/old' is already used by articles/a.md.");
        Assert.Contains(report.Problems, p => !p.IsError && p.Message.Contains("description is the same as articles/a.md's"));
    }

    [Fact]
    public void WarnsWhenAReviewIsOverdueAndErrsOnTooFewSources()
    {
        Write("a", "Title A", "Body.", reviewed: "2024-01-01", nextReview: "2025-01-01", sources: 1);

        var report = ContentValidator.Validate(_root, Today);

        Assert.Contains(report.Problems, p => !p.IsError && p.Message == "Review overdue: next_review was 2025-01-01.");
        Assert.Contains(report.Problems, p => p.IsError && p.Message.Contains("at least 2 sources"));
    }

    private void Write(string slug, string title, string body, string extra = "", string reviewed = "2026-11-01", string nextReview = "2027-11-01", int sources = 2)
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        var sourceLines = string.Concat(Enumerable.Range(1, sources).Select(i => $"  - title: Source {i}\n    url: https://example.org/{i}\n"));
        var text = $"---\ntitle: {title}\ndescription: A test article description that is long enough to pass the fifty character rule.\n"
            + $"topics: [leakage]\nreviewed: {reviewed}\nnext_review: {nextReview}\nreviewer: Lactation editorial team\n"
            + (extra.Length > 0 ? extra + "\n" : string.Empty)
            + $"sources:\n{sourceLines}---\n{body}\n";
        File.WriteAllText(Path.Combine(_root, "articles", slug + ".md"), text);
    }

    private static IReadOnlyList<string> ReadTopics(string file) =>
        ArticleParser.Parse(file, File.ReadAllText(Path.Combine(Lactation.Tests.RepoRoot.Path, "content", file))).Value?.Topics ?? [];
}
