using System.Xml.Linq;

namespace Lactation.Web.Tests.Infrastructure;

public sealed class DiscoveryEndpointsGet(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SitemapListsHomeTopicsPublishedArticlesAndTheCheckerButNoDrafts()
    {
        var response = await _client.GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var urls = xml.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Equal(
            [
                "https://lactation.test/", "https://lactation.test/topics", "https://lactation.test/topics/mastitis",
                "https://lactation.test/topics/let-down", "https://lactation.test/articles/sore-breast-care",
                "https://lactation.test/articles/let-down-basics", "https://lactation.test/symptom-checker",
            ],
            urls);
        Assert.DoesNotContain(urls, u => u.Contains("unfinished-draft"));
        var articleLastmod = xml.Descendants(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/sore-breast-care")).Element(Sitemap + "lastmod");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", articleLastmod?.Value);
    }

    [Fact]
    public async Task RobotsPointsAtTheAbsoluteSitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt");

        Assert.Contains("Sitemap: https://lactation.test/sitemap.xml", robots);
        Assert.Contains("Disallow: /api/", robots);
    }

    [Fact]
    public async Task FeedIsAtomWithOneEntryPerPublishedArticle()
    {
        var response = await _client.GetAsync("/feed.xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(["Caring for a sore breast at home", "Let-down basics"], entries.Select(e => e.Element(Atom + "title")!.Value).Order());
        Assert.All(entries, e => Assert.StartsWith("https://lactation.test/articles/", e.Element(Atom + "id")!.Value));
        Assert.NotNull(feed.Root!.Element(Atom + "updated"));
    }
}
