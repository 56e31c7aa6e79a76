using Lactation.Content.Articles;
using Lactation.Web.Infrastructure;

namespace Lactation.Web.Pages;

public sealed class IndexModel(ArticleLibrary library, StructuredData structuredData) : SitePageModel
{
    public IReadOnlyList<TopicSummary> Topics { get; private set; } = [];

    public IReadOnlyList<ArticleSummary> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Topics = await library.TopicsAsync(ct);
        Recent = await library.RecentAsync(6, ct);
        Meta = new PageMeta(
            "Breastfeeding help for sore breasts, let-down and leaking",
            "Clear, checked breastfeeding guidance for mastitis, clogged ducts, let-down and leaking milk, and a symptom checker that tells you when to get help.",
            "/") { JsonLd = [structuredData.WebSite()] };
    }
}
