namespace Lactation.Content.Articles;

public sealed record ArticleSource(string Title, string Url);

/// <summary>One entry of an article's table of contents: an h2 and the id it links to.</summary>
public sealed record TocEntry(string Id, string Text);

/// <summary>An article as read from its Markdown file: front matter plus the rendered body.</summary>
public sealed record Article
{
    public required string Slug { get; init; }
    public required string SourceFile { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required DateOnly NextReview { get; init; }
    public required string Reviewer { get; init; }
    public required IReadOnlyList<ArticleSource> Sources { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public bool Draft { get; init; }
    public DateOnly? Published { get; init; }
    public required string Html { get; init; }
    public required string PlainText { get; init; }
    public required IReadOnlyList<TocEntry> Toc { get; init; }

    /// <summary>Every heading's text (h2 and below), indexed for search between title and body.</summary>
    public required string Headings { get; init; }

    /// <summary>Every heading id in the body, so links to <c>/articles/slug#id</c> can be checked.</summary>
    public required IReadOnlyList<string> Anchors { get; init; }

    /// <summary>Internal and external links in the body, with their lines, for the content validator.</summary>
    public required IReadOnlyList<BodyLink> Links { get; init; }

    public required int WordCount { get; init; }
}

public sealed record BodyLink(string Url, int Line);

/// <summary>A topic's introduction, from content/topics/&lt;topic&gt;.md.</summary>
public sealed record TopicIntro(string Id, string SourceFile, string Title, string Description, string Html);
