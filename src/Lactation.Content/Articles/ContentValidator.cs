using System.Text;

namespace Lactation.Content.Articles;

/// <summary>Per-article figures editors see with <c>check-content --stats</c>.</summary>
public sealed record ArticleStats(string File, string Slug, int Words, double Grade);

public sealed record ValidationReport(int FilesChecked, IReadOnlyList<ContentProblem> Problems, IReadOnlyList<ArticleStats> Stats)
{
    public int Errors => Problems.Count(p => p.IsError);

    public int Warnings => Problems.Count(p => !p.IsError);
}

/// <summary>
/// Checks the whole content folder the way CI and editors need: each file on its own (the parser's rules), then
/// across files: unique slugs, aliases and descriptions, links and anchors that resolve, sources, review dates.
/// </summary>
public static class ContentValidator
{
    public const int MinSources = 2;

    /// <summary>Site paths an article may link to besides articles and topics.</summary>
    private static readonly string[] SitePaths = ["/", "/search", "/symptom-checker", "/topics"];

    public static ValidationReport Validate(string contentRoot, DateOnly today)
    {
        var problems = new List<ContentProblem>();
        var articles = new List<Article>();
        var files = 0;
        foreach (var path in Files(contentRoot, "articles"))
        {
            files++;
            var relative = "articles/" + Path.GetFileName(path);
            var result = ArticleParser.Parse(relative, File.ReadAllText(path, Encoding.UTF8));
            problems.AddRange(result.Problems);
            if (result.Value is { } article)
            {
                articles.Add(article);
            }
        }

        var topicFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Files(contentRoot, "topics"))
        {
            files++;
            var relative = "topics/" + Path.GetFileName(path);
            var result = ArticleParser.ParseTopic(relative, File.ReadAllText(path, Encoding.UTF8));
            problems.AddRange(result.Problems);
            topicFiles.Add(Path.GetFileNameWithoutExtension(path));
        }

        foreach (var topic in Topics.All.Where(t => !topicFiles.Contains(t)))
        {
            problems.Add(new ContentProblem($"topics/{topic}.md", 1, $"Topic '{topic}' has no intro file.", ProblemSeverity.Warning));
        }

        CheckAcrossFiles(articles, problems, today);
        var stats = articles
            .Select(a => new ArticleStats(a.SourceFile, a.Slug, a.WordCount, ReadingGrade.Of(a.PlainText)))
            .ToList();
        var ordered = problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
        return new ValidationReport(files, ordered, stats);
    }

    private static void CheckAcrossFiles(List<Article> articles, List<ContentProblem> problems, DateOnly today)
    {
        var bySlug = new Dictionary<string, Article>(StringComparer.Ordinal);
        var aliasOwner = new Dictionary<string, Article>(StringComparer.Ordinal);
        var descriptionOwner = new Dictionary<string, Article>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in articles.OrderBy(a => a.SourceFile, StringComparer.Ordinal))
        {
            if (!bySlug.TryAdd(article.Slug, article))
            {
                problems.Add(new(article.SourceFile, 1, $"Slug '{article.Slug}' is already used by {bySlug[article.Slug].SourceFile}."));
            }

            foreach (var alias in article.Aliases)
            {
                if (!aliasOwner.TryAdd(alias, article))
                {
                    problems.Add(new(article.SourceFile, 1, $"Alias '{alias}' is already used by {aliasOwner[alias].SourceFile}."));
                }
            }

            if (!descriptionOwner.TryAdd(article.Description, article))
            {
                problems.Add(new(article.SourceFile, 1,
                    $"description is the same as {descriptionOwner[article.Description].SourceFile}'s: each page needs its own.", ProblemSeverity.Warning));
            }

            if (article.Sources.Count < MinSources)
            {
                problems.Add(new(article.SourceFile, 1, $"List at least {MinSources} sources (title and url); this article has {article.Sources.Count}."));
            }

            if (article.NextReview < today)
            {
                problems.Add(new(article.SourceFile, 1,
                    $"Review overdue: next_review was {article.NextReview:yyyy-MM-dd}.", ProblemSeverity.Warning));
            }
        }

        foreach (var alias in aliasOwner.Keys.Where(a => a.StartsWith("/articles/", StringComparison.Ordinal) && bySlug.ContainsKey(a["/articles/".Length..])))
        {
            problems.Add(new(aliasOwner[alias].SourceFile, 1, $"Alias '{alias}' is the address of a live article."));
        }

        foreach (var article in articles)
        {
            foreach (var link in article.Links)
            {
                if (CheckLink(article, link.Url, bySlug) is { } message)
                {
                    problems.Add(new(article.SourceFile, link.Line, message));
                }
            }
        }
    }

    /// <summary>Null when the link resolves; else what is wrong with it.</summary>
    internal static string? CheckLink(Article from, string url, IReadOnlyDictionary<string, Article> bySlug)
    {
        if (url.StartsWith('#'))
        {
            return from.Anchors.Contains(url[1..]) ? null : $"Link '{url}' points to no heading in this article.";
        }

        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return Uri.TryCreate(url, UriKind.Absolute, out _) ? null : $"Link '{url}' is not a valid address.";
        }

        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var anchor = hash >= 0 ? url[(hash + 1)..] : null;
        var query = path.IndexOf('?');
        path = query >= 0 ? path[..query] : path;

        if (path.StartsWith("/articles/", StringComparison.Ordinal))
        {
            var slug = path["/articles/".Length..];
            if (!bySlug.TryGetValue(slug, out var target))
            {
                return $"Link '{url}' points to no article: there is no slug '{slug}'.";
            }

            if (target.Draft && !from.Draft)
            {
                return $"Link '{url}' points to a draft, which readers cannot see.";
            }

            return anchor is null || target.Anchors.Contains(anchor)
                ? null
                : $"Link '{url}': {target.SourceFile} has no heading with id '{anchor}'.";
        }

        if (path.StartsWith("/topics/", StringComparison.Ordinal))
        {
            return Topics.IsKnown(path["/topics/".Length..]) ? null : $"Link '{url}' points to no topic.";
        }

        return SitePaths.Contains(path) ? null : $"Link '{url}' points to no page of this site.";
    }

    private static IEnumerable<string> Files(string root, string folder)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.md").Order(StringComparer.Ordinal)
            : [];
    }
}
