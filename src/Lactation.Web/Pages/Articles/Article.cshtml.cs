using Lactation.Content.Articles;
using Lactation.Content.Index;
using Lactation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Lactation.Web.Pages.Articles;

public sealed class ArticleModel(ArticleLibrary library, StructuredData structuredData) : SitePageModel
{
    public IndexedArticle Article { get; private set; } = default!;

    public IReadOnlyList<ArticleSummary> Related { get; private set; } = [];

    public IReadOnlyList<TopicSummary> ArticleTopics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        // The slug only ever meets a parameterised query, never the file system; anything odd is simply not found.
        if (!Slug.IsValid(slug) || await library.FindAsync(slug, ct) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Related = await library.RelatedAsync(article, 5, ct);
        var topics = await library.TopicsAsync(ct);
        ArticleTopics = topics.Where(t => article.Topics.Contains(t.Id)).ToList();
        var mainTopic = ArticleTopics.FirstOrDefault();
        Meta = new PageMeta(article.Title, article.Description, "/articles/" + article.Slug)
        {
            OpenGraphType = "article",
            Breadcrumbs = mainTopic is null
                ? [new("Home", "/")]
                : [new("Home", "/"), new(mainTopic.Title, mainTopic.Url)],
        };
        Meta = Meta with { JsonLd = [structuredData.Article(article, Meta), structuredData.Breadcrumbs(Meta)] };
        return Page();
    }
}
