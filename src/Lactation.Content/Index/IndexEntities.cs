using Lactation.Content.Articles;

namespace Lactation.Content.Index;

/// <summary>An article row: everything a page needs, derived from one Markdown file.</summary>
public sealed class IndexedArticle
{
    public required string Slug { get; set; }
    public required string SourceFile { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public List<string> Topics { get; set; } = [];
    public DateOnly Reviewed { get; set; }
    public DateOnly NextReview { get; set; }
    public required string Reviewer { get; set; }
    public List<ArticleSource> Sources { get; set; } = [];
    public List<string> Aliases { get; set; } = [];

    /// <summary>Topics as "|a|b|", so SQL can filter with instr(); the list above is what pages read.</summary>
    public string TopicKey { get; set; } = "|";

    /// <summary>Aliases as "|/old|/older|", for the redirect lookup.</summary>
    public string AliasKey { get; set; } = "|";

    public static string Key(IEnumerable<string> values) => "|" + string.Concat(values.Select(v => v + "|"));

    public bool Draft { get; set; }
    public DateOnly? Published { get; set; }
    public required string Html { get; set; }
    public List<TocEntry> Toc { get; set; } = [];
    public int WordCount { get; set; }

    /// <summary>When the file last changed (UTC): the page's dateModified and the sitemap's lastmod.</summary>
    public DateTime ModifiedUtc { get; set; }

    internal static IndexedArticle From(Article article, DateTime modifiedUtc) => new()
    {
        Slug = article.Slug,
        SourceFile = article.SourceFile,
        Title = article.Title,
        Description = article.Description,
        Topics = [.. article.Topics],
        Reviewed = article.Reviewed,
        NextReview = article.NextReview,
        Reviewer = article.Reviewer,
        Sources = [.. article.Sources],
        Aliases = [.. article.Aliases],
        TopicKey = Key(article.Topics),
        AliasKey = Key(article.Aliases),
        Draft = article.Draft,
        Published = article.Published,
        Html = article.Html,
        Toc = [.. article.Toc],
        WordCount = article.WordCount,
        ModifiedUtc = modifiedUtc,
    };
}

public sealed class IndexedTopic
{
    public required string Id { get; set; }
    public required string SourceFile { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Html { get; set; }
    public DateTime ModifiedUtc { get; set; }
}

/// <summary>
/// What the indexer last saw of a content file. A file whose last version failed to parse keeps its
/// error here while the article row keeps the last good version: an editor's dashboard can list these.
/// </summary>
public sealed class SourceFileState
{
    public required string Path { get; set; }
    public DateTime LastWriteUtc { get; set; }
    public long Length { get; set; }
    public required string Hash { get; set; }
    public string? Error { get; set; }
}
