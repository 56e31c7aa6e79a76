using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lactation.Content.Articles;

/// <summary>The outcome of reading one content file: the parsed value when it is usable, and every problem found.</summary>
public sealed record ParseResult<T>(T? Value, IReadOnlyList<ContentProblem> Problems)
    where T : class
{
    public bool Succeeded => Value is not null;
}

/// <summary>
/// What counts as an article: a Markdown file with YAML front matter first, holding the required fields.
/// A file with any error is rejected whole, so a half-read article never reaches a reader.
/// </summary>
public static class ArticleParser
{
    public const int MinDescription = 50;
    public const int MaxDescription = 160;
    public const int MaxReviewYears = 3;

    private static readonly HashSet<string> KnownFields =
    [
        "title", "slug", "description", "topics", "reviewed", "next_review", "reviewer",
        "sources", "aliases", "draft", "published",
    ];

    /// <param name="file">The path to show in messages, relative to the content root (e.g. articles/leaking-milk.md).</param>
    public static ParseResult<Article> Parse(string file, string markdown)
    {
        var problems = new List<ContentProblem>();
        var document = ArticleMarkdown.Parse(markdown);
        var frontMatter = ReadFrontMatter(file, markdown, document, problems);
        if (frontMatter is null)
        {
            return new(null, problems);
        }

        foreach (var key in frontMatter.Keys.Where(k => !KnownFields.Contains(k)))
        {
            frontMatter.Warn(frontMatter.LineOf(key), $"Unknown field '{key}' is ignored (known: {string.Join(", ", KnownFields)}).");
        }

        var title = frontMatter.String("title", required: true);
        var slug = ReadSlug(file, frontMatter);
        var description = ReadDescription(frontMatter);
        var topics = ReadTopics(frontMatter);
        var reviewed = frontMatter.Date("reviewed", required: true);
        var nextReview = frontMatter.Date("next_review", required: true);
        if (reviewed is { } from && nextReview is { } to)
        {
            if (to <= from)
            {
                frontMatter.Error(frontMatter.LineOf("next_review"), "next_review must be after reviewed.");
            }
            else if (to > from.AddYears(MaxReviewYears))
            {
                frontMatter.Error(frontMatter.LineOf("next_review"), $"next_review must be at most {MaxReviewYears} years after reviewed.");
            }
        }

        var reviewer = frontMatter.String("reviewer", required: true);
        var sources = ReadSources(frontMatter);
        var aliases = ReadAliases(frontMatter);
        var draft = frontMatter.Bool("draft");
        var published = frontMatter.Date("published", required: false);

        foreach (var (line, message) in ArticleMarkdown.Sanitise(document))
        {
            problems.Add(new ContentProblem(file, line, message, ProblemSeverity.Warning));
        }

        CheckCareCards(file, document, problems);

        if (problems.Any(p => p.IsError) || title is null || slug is null || description is null || topics is null
            || reviewed is null || nextReview is null || reviewer is null || sources is null)
        {
            return new(null, problems);
        }

        var headings = document.Descendants<HeadingBlock>().ToList();
        var plainText = ArticleMarkdown.PlainText(document);
        var article = new Article
        {
            Slug = slug,
            SourceFile = file,
            Title = title,
            Description = description,
            Topics = topics,
            Reviewed = reviewed.Value,
            NextReview = nextReview.Value,
            Reviewer = reviewer,
            Sources = sources,
            Aliases = aliases,
            Draft = draft,
            Published = published,
            Html = ArticleMarkdown.ToHtml(document),
            PlainText = plainText,
            Toc = headings.Where(h => h.Level == 2)
                .Select(h => new TocEntry(h.GetAttributes().Id ?? string.Empty, ArticleMarkdown.InlineText(h)))
                .ToList(),
            Headings = string.Join('\n', headings.Select(ArticleMarkdown.InlineText)),
            Anchors = headings.Select(h => h.GetAttributes().Id).OfType<string>().ToList(),
            Links = document.Descendants<Markdig.Syntax.Inlines.LinkInline>()
                .Where(l => !string.IsNullOrEmpty(l.Url))
                .Select(l => new BodyLink(l.Url!, l.Line + 1))
                .ToList(),
            WordCount = ReadingGrade.CountWords(plainText),
        };
        return new(article, problems);
    }

    /// <summary>Reads a topic intro (content/topics/&lt;topic&gt;.md): title, description and a body.</summary>
    public static ParseResult<TopicIntro> ParseTopic(string file, string markdown)
    {
        var problems = new List<ContentProblem>();
        var id = Path.GetFileNameWithoutExtension(file);
        var document = ArticleMarkdown.Parse(markdown);
        var frontMatter = ReadFrontMatter(file, markdown, document, problems);
        if (frontMatter is null)
        {
            return new(null, problems);
        }

        if (!Topics.IsKnown(id))
        {
            frontMatter.Error(1, $"'{id}' is not a known topic: name the file after one of {string.Join(", ", Topics.All)}.");
        }

        var title = frontMatter.String("title", required: true);
        var description = ReadDescription(frontMatter);
        ArticleMarkdown.Sanitise(document);
        CheckCareCards(file, document, problems);
        if (problems.Any(p => p.IsError) || title is null || description is null)
        {
            return new(null, problems);
        }

        return new(new TopicIntro(id, file, title, description, ArticleMarkdown.ToHtml(document)), problems);
    }

    private static FrontMatter? ReadFrontMatter(string file, string markdown, MarkdownDocument document, List<ContentProblem> problems)
    {
        var block = ArticleMarkdown.FrontMatterBlock(document);
        if (block is null)
        {
            var hint = markdown.TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal)
                ? "the front matter is not closed: end it with a line holding only ---."
                : "the file must start with front matter between two lines of ---.";
            problems.Add(new ContentProblem(file, 1, $"No front matter: {hint}"));
            return null;
        }

        // The block's lines are the YAML between the --- fences; the opening fence is on block.Line (0-based).
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));
        return FrontMatter.Read(file, yaml, block.Line + 1, problems);
    }

    private static string? ReadSlug(string file, FrontMatter frontMatter)
    {
        var slug = frontMatter.String("slug", required: false) ?? Slug.FromFileName(file);
        if (Slug.IsValid(slug))
        {
            return slug;
        }

        frontMatter.Error(frontMatter.LineOf("slug"),
            $"Slug '{slug}' may use only a-z, 0-9 and single hyphens (from the file name unless 'slug' is set).");
        return null;
    }

    private static string? ReadDescription(FrontMatter frontMatter)
    {
        var description = frontMatter.String("description", required: true);
        if (description is { Length: < MinDescription or > MaxDescription })
        {
            frontMatter.Error(frontMatter.LineOf("description"),
                $"description must be {MinDescription}-{MaxDescription} characters (it is {description.Length}): it becomes the search-result snippet.");
            return null;
        }

        return description;
    }

    private static IReadOnlyList<string>? ReadTopics(FrontMatter frontMatter)
    {
        var topics = frontMatter.StringList("topics", required: true);
        if (topics is null)
        {
            return null;
        }

        if (topics.Count == 0)
        {
            frontMatter.Error(frontMatter.LineOf("topics"), "topics must name at least one topic.");
        }

        foreach (var (topic, line) in topics.Where(t => !Topics.IsKnown(t.Value)))
        {
            frontMatter.Error(line, $"Unknown topic '{topic}': use one of {string.Join(", ", Topics.All)}.");
        }

        return topics.Select(t => t.Value).Distinct().ToList();
    }

    private static IReadOnlyList<ArticleSource>? ReadSources(FrontMatter frontMatter)
    {
        var entries = frontMatter.MappingList("sources", required: true);
        if (entries is null)
        {
            return null;
        }

        var sources = new List<ArticleSource>();
        foreach (var (values, line) in entries)
        {
            values.TryGetValue("title", out var title);
            values.TryGetValue("url", out var url);
            if (string.IsNullOrWhiteSpace(title))
            {
                frontMatter.Error(line, "Each source needs a 'title'.");
            }
            else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                frontMatter.Error(line, $"Source '{title}' needs a 'url' starting with https://.");
            }
            else
            {
                sources.Add(new ArticleSource(title, uri.AbsoluteUri));
            }
        }

        return sources;
    }

    private static IReadOnlyList<string> ReadAliases(FrontMatter frontMatter)
    {
        var aliases = frontMatter.StringList("aliases", required: false) ?? [];
        var result = new List<string>();
        foreach (var (alias, line) in aliases)
        {
            if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal) || alias.Contains('?') || alias.Contains('#'))
            {
                frontMatter.Error(line, $"Alias '{alias}' must be a site path starting with a single / (no ? or #).");
            }
            else
            {
                result.Add(NormaliseAlias(alias));
            }
        }

        return result;
    }

    /// <summary>Aliases are compared without a trailing slash and case-insensitively, as a visitor may type them.</summary>
    public static string NormaliseAlias(string path) =>
        path.Length > 1 ? path.TrimEnd('/').ToLowerInvariant() : path;

    private static void CheckCareCards(string file, MarkdownDocument document, List<ContentProblem> problems)
    {
        foreach (var card in ArticleMarkdown.CareCardBlocks(document))
        {
            if (!CareCards.IsKnownKind(card.Info))
            {
                problems.Add(new ContentProblem(file, card.Line + 1,
                    $"Unknown care card '::: {card.Info}': use ::: emergency, ::: urgent or ::: info."));
            }

            if (card.ClosingFencedCharCount == 0)
            {
                problems.Add(new ContentProblem(file, card.Line + 1,
                    "Care card is not closed: add a line with only ::: after its text."));
            }
        }
    }
}
