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

    /// <summary>Articles sharing the most topics with this one, then alphabetically; ranked and limited in SQL.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> RelatedAsync(IndexedArticle article, int count, CancellationToken ct = default)
    {
        // One slot per possible topic (there are six); unused slots hold a key no article has.
        var keys = Topics.All.Select(id => article.Topics.Contains(id) ? "|" + id + "|" : "|\u0001|").ToArray();
        string k0 = keys[0], k1 = keys[1], k2 = keys[2], k3 = keys[3], k4 = keys[4], k5 = keys[5];
        var related = Published
            .Where(a => a.Slug != article.Slug)
            .Select(a => new
            {
                Article = a,
                Shared = (a.TopicKey.Contains(k0) ? 1 : 0) + (a.TopicKey.Contains(k1) ? 1 : 0) + (a.TopicKey.Contains(k2) ? 1 : 0)
                    + (a.TopicKey.Contains(k3) ? 1 : 0) + (a.TopicKey.Contains(k4) ? 1 : 0) + (a.TopicKey.Contains(k5) ? 1 : 0),
            })
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared)
            .ThenBy(x => x.Article.Title)
            .Take(count)
            .Select(x => x.Article);
        return await Summaries(related).ToListAsync(ct);
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
        // Every page asks this: let SQLite count per topic combination (a handful of rows), not ship every article.
        var combinations = await Published.GroupBy(a => a.TopicKey)
            .Select(g => new { TopicKey = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        int CountOf(string id) => combinations.Where(c => c.TopicKey.Contains("|" + id + "|")).Sum(c => c.Count);
        return Topics.All
            .Select(id => intros.TryGetValue(id, out var intro)
                ? new TopicSummary(id, intro.Title, intro.Description, CountOf(id))
                : new TopicSummary(id, Topics.DefaultName(id), string.Empty, CountOf(id)))
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
