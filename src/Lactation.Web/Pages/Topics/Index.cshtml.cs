using Lactation.Content.Articles;
using Lactation.Web.Infrastructure;

namespace Lactation.Web.Pages.Topics;

public sealed class TopicsIndexModel(ArticleLibrary library, StructuredData structuredData) : SitePageModel
{
    public IReadOnlyList<TopicSummary> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Topics = await library.TopicsAsync(ct);
        Meta = new PageMeta("All topics", "Every topic on the site: mastitis, let-down, leaking milk, hand expression, pumping, and exercise while breastfeeding.", "/topics")
        {
            Breadcrumbs = [new("Home", "/")],
        };
        Meta = Meta with { JsonLd = [structuredData.Breadcrumbs(Meta)] };
    }
}
