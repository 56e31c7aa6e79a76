using Lactation.Content.Articles;

namespace Lactation.Web.Pages;

public sealed class NotFoundModel(ArticleLibrary library) : SitePageModel
{
    public IReadOnlyList<TopicSummary> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Topics = await library.TopicsAsync(ct);
        Meta = new PageMeta("Page not found", "We could not find that page. Search the guidance or pick a topic.", "/not-found") { NoIndex = true };
    }
}
