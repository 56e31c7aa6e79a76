using Lactation.Content.Articles;
using Lactation.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Lactation.Web.Pages.Topics;

public sealed class TopicModel(ArticleLibrary library, StructuredData structuredData) : SitePageModel
{
    public TopicPage Topic { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string topic, CancellationToken ct)
    {
        if (await library.TopicAsync(topic, ct) is not { } page)
        {
            return NotFound();
        }

        Topic = page;
        Meta = new PageMeta(page.Topic.Title, DescriptionOf(page), page.Topic.Url)
        {
            Breadcrumbs = [new("Home", "/"), new("Topics", "/topics")],
        };
        Meta = Meta with { JsonLd = [structuredData.Collection(page, Meta), structuredData.Breadcrumbs(Meta)] };
        return Page();
    }

    private static string DescriptionOf(TopicPage page) =>
        page.Topic.Description is { Length: > 0 } description ? description : $"Articles about {page.Topic.Title.ToLowerInvariant()}.";
}
