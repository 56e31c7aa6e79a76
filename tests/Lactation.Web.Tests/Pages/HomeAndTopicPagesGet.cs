namespace Lactation.Web.Tests.Pages;

public sealed class HomeAndTopicPagesGet(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HomeShowsTopicsRecentArticlesSearchAndChecker()
    {
        var page = await _client.GetDocumentAsync("/");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("form[action='/search'] input[name=q]"));
        Assert.NotNull(page.QuerySelector("main a[href='/symptom-checker']"));
        var topics = page.QuerySelectorAll(".topic-grid a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/topics/mastitis", "/topics/let-down", "/topics/leakage", "/topics/hand-expression", "/topics/pumping", "/topics/exercise"], topics);
        var recent = page.QuerySelectorAll(".card-list a").Select(a => a.TextContent).ToList();
        Assert.Contains("Caring for a sore breast at home", recent);
        Assert.DoesNotContain("An unfinished draft", recent);
    }

    [Fact]
    public async Task TopicPageShowsIntroAndItsArticles()
    {
        var page = await _client.GetDocumentAsync("/topics/mastitis");

        Assert.Equal("Mastitis and breast inflammation", page.Text("h1"));
        Assert.Contains("Most cases get better with gentle care.", page.Text(".prose"));
        var articles = page.QuerySelectorAll(".card-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Caring for a sore breast at home", "Let-down basics"], articles);
    }

    [Fact]
    public async Task TopicWithoutIntroStillListsItsArticlesButNotDrafts()
    {
        var page = await _client.GetDocumentAsync("/topics/leakage");

        Assert.Equal("Leakage", page.Text("h1"));
        Assert.Empty(page.QuerySelectorAll(".card-list a"));
    }

    [Theory]
    [InlineData("/search?q=leaking")]
    [InlineData("/symptom-checker")]
    [InlineData("/topics")]
    [InlineData("/no-such-page")]
    public async Task EveryPageButHomeShowsBreadcrumbsFromHome(string url)
    {
        var page = await _client.GetDocumentAsync(url);

        var crumbs = page.QuerySelectorAll("nav[aria-label=Breadcrumb] a").ToList();
        Assert.True(crumbs.Count >= 2, url);
        Assert.Equal("/", crumbs[0].GetAttribute("href"));
        Assert.Equal("page", crumbs[^1].GetAttribute("aria-current"));
    }
}
