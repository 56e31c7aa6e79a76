using Lactation.Content.Index;
using Microsoft.EntityFrameworkCore;

namespace Lactation.Content.Articles;

/// <summary>A published article as listed on home, topic and related-reading lists.</summary>
public sealed record ArticleSummary(string Slug, string Title, string Description, IReadOnlyList<string> Topics, DateOnly Reviewed, DateTime ModifiedUtc)
{
    public string Url => "/articles/" + Slug;
}

public sealed record TopicSummary(string Id, string Title, string Description, int ArticleCount)
{
    public string Url => "/topics/" + Id;
}

public sealed record TopicPage(TopicSummary Topic, string Html, IReadOnlyList<ArticleSummary> Articles);

/// <summary>The read side of the guidance library: what the pages ask of the index. Drafts are never returned.</summary>
public sealed class ArticleLibrary(ContentDbContext db)
{
    private IQueryable<IndexedArticle> Published => db.Articles.AsNoTracking().Where(a => !a.Draft);

    public Task<IndexedArticle?> FindAsync(string slug, CancellationToken ct = default) =>
        Published.FirstOrDefaultAsync(a => a.Slug == slug, ct);

    public async Task<IReadOnlyList<ArticleSummary>> RecentAsync(int count, CancellationToken ct = default) =>
        await Summaries(Published.OrderByDescending(a => a.Published).ThenByDescending(a => a.ModifiedUtc).ThenBy(a => a.Title).Take(count))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<ArticleSummary>> AllAsync(CancellationToken ct = default) =>
        await Summaries(Published.OrderBy(a => a.Title)).ToListAsync(ct);

    /// <summary>Articles sharing the most topics with this one, then alphabetically.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> RelatedAsync(IndexedArticle article, int count, CancellationToken ct = default)
    {
        var candidates = new List<ArticleSummary>();
        foreach (var topic in article.Topics)
        {
            var key = "|" + topic + "|";
            candidates.AddRange(await Summaries(Published.Where(a => a.Slug != article.Slug && a.TopicKey.Contains(key))).ToListAsync(ct));
        }

        return candidates
            .DistinctBy(c => c.Slug)
            .OrderByDescending(c => c.Topics.Count(article.Topics.Contains))
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <summary>The canonical slug for an old path listed in some article's aliases.</summary>
    public async Task<string?> SlugForAliasAsync(string path, CancellationToken ct = default)
    {
        var alias = ArticleParser.NormaliseAlias(path);
        var key = "|" + alias + "|";
        return await Published.Where(a => a.AliasKey.Contains(key)).Select(a => a.Slug).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<TopicSummary>> TopicsAsync(CancellationToken ct = default)
    {
        var intros = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var topicLists = await Published.Select(a => a.TopicKey).ToListAsync(ct);
        return Topics.All
            .Select(id => intros.TryGetValue(id, out var intro)
                ? new TopicSummary(id, intro.Title, intro.Description, topicLists.Count(t => t.Contains("|" + id + "|")))
                : new TopicSummary(id, Topics.DefaultName(id), string.Empty, topicLists.Count(t => t.Contains("|" + id + "|"))))
            .ToList();
    }

    public async Task<TopicPage?> TopicAsync(string id, CancellationToken ct = default)
    {
        if (!Topics.IsKnown(id))
        {
            return null;
        }

        var intro = await db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        var key = "|" + id + "|";
        var articles = await Summaries(Published.Where(a => a.TopicKey.Contains(key)).OrderBy(a => a.Title)).ToListAsync(ct);
        var summary = new TopicSummary(id, intro?.Title ?? Topics.DefaultName(id), intro?.Description ?? string.Empty, articles.Count);
        return new TopicPage(summary, intro?.Html ?? string.Empty, articles);
    }

    private static IQueryable<ArticleSummary> Summaries(IQueryable<IndexedArticle> articles) =>
        articles.Select(a => new ArticleSummary(a.Slug, a.Title, a.Description, a.Topics, a.Reviewed, a.ModifiedUtc));
}
