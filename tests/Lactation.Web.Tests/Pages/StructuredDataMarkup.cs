using System.Text.Json;
using AngleSharp.Dom;

namespace Lactation.Web.Tests.Pages;

public sealed class StructuredDataMarkup(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ArticleIsAMedicalWebPageWithReviewCitationsAndBreadcrumbs()
    {
        var page = await _client.GetDocumentAsync("/articles/sore-breast-care");
        var data = JsonLd(page);

        var article = data.Single(d => d.GetProperty("@type").GetString() == "MedicalWebPage");
        Assert.Equal("Caring for a sore breast at home", article.GetProperty("name").GetString());
        Assert.Equal("https://lactation.test/articles/sore-breast-care", article.GetProperty("url").GetString());
        Assert.Equal("2026-11-01", article.GetProperty("lastReviewed").GetString());
        Assert.Equal("Lactation editorial team", article.GetProperty("reviewedBy").GetProperty("name").GetString());
        Assert.Equal("2026-11-01", article.GetProperty("datePublished").GetString());
        Assert.Equal("Mastitis", article.GetProperty("about").GetProperty("name").GetString());
        Assert.Equal(2, article.GetProperty("citation").GetArrayLength());
        var crumbs = data.Single(d => d.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement");
        Assert.Equal(["Home", "Mastitis and breast inflammation", "Caring for a sore breast at home"],
            crumbs.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["Home", "Mastitis and breast inflammation", "Caring for a sore breast at home"],
            page.QuerySelectorAll("nav[aria-label=Breadcrumb] li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task HomeIsAWebSiteWithASearchAction()
    {
        var page = await _client.GetDocumentAsync("/");

        var site = Assert.Single(JsonLd(page));
        Assert.Equal("WebSite", site.GetProperty("@type").GetString());
        Assert.Equal("https://lactation.test/search?q={search_term_string}",
            site.GetProperty("potentialAction").GetProperty("target").GetProperty("urlTemplate").GetString());
    }

    [Fact]
    public async Task TopicIsACollectionPageOfItsArticles()
    {
        var page = await _client.GetDocumentAsync("/topics/let-down");

        var collection = JsonLd(page).Single(d => d.GetProperty("@type").GetString() == "CollectionPage");
        Assert.Equal(["https://lactation.test/articles/let-down-basics"],
            collection.GetProperty("hasPart").EnumerateArray().Select(p => p.GetProperty("url").GetString()));
    }

    [Theory]
    [InlineData("/", "Lactation: Breastfeeding help for sore breasts, let-down and leaking")]
    [InlineData("/articles/let-down-basics", "Let-down basics | Lactation")]
    [InlineData("/topics/mastitis", "Mastitis and breast inflammation | Lactation")]
    [InlineData("/topics", "All topics | Lactation")]
    public async Task EveryPageHasTitleDescriptionCanonicalAndSocialTags(string url, string title)
    {
        var page = await _client.GetDocumentAsync(url);

        Assert.Equal(title, page.Title);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.InRange(Meta(page, "meta[name=description]").Length, 50, 160);
        Assert.Equal("https://lactation.test" + (url == "/" ? "/" : url), page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(Meta(page, "link[rel=canonical]", "href"), Meta(page, "meta[property='og:url']"));
        Assert.NotEmpty(Meta(page, "meta[property='og:title']"));
        Assert.Equal("summary", Meta(page, "meta[name='twitter:card']"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    private static string Meta(IDocument page, string selector, string attribute = "content") =>
        page.QuerySelector(selector)?.GetAttribute(attribute) ?? string.Empty;

    private static List<JsonElement> JsonLd(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .ToList();
}
