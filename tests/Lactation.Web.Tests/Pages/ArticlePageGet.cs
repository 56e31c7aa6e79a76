using System.Net;

namespace Lactation.Web.Tests.Pages;

public sealed class ArticlePageGet(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task ShowsTitleTableOfContentsReviewAndSources()
    {
        var page = await _client.GetDocumentAsync("/articles/sore-breast-care");

        Assert.Equal("Caring for a sore breast at home", page.Text("h1"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Caring for a sore breast at home | Lactation", page.Title);
        var toc = page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#in-short", "#what-helps", "#when-to-get-help"], toc);
        Assert.Contains("Reviewed 1 November 2026 by Lactation editorial team", System.Text.RegularExpressions.Regex.Replace(page.Text(".review-line"), @"\s+", " "));
        Assert.Contains("ABM Clinical Protocol #36", page.Text(".sources"));
        Assert.Equal("https://lactation.test/articles/sore-breast-care", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task RendersCareCardWithHeadingInWords()
    {
        var page = await _client.GetDocumentAsync("/articles/sore-breast-care");

        var card = page.QuerySelector(".care-card--urgent");
        Assert.NotNull(card);
        Assert.Equal("note", card.GetAttribute("role"));
        Assert.Equal("Urgent: see a doctor or midwife today", card.QuerySelector("h3")?.TextContent);
        Assert.Contains("fever of 38.0 °C", card.TextContent);
    }

    [Fact]
    public async Task ShowsRawHtmlAsTextAndDropsScriptLinks()
    {
        var response = await _client.GetAsync("/articles/sore-breast-care");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task ListsTopicsAndRelatedReadingFromSharedTopics()
    {
        var page = await _client.GetDocumentAsync("/articles/sore-breast-care");

        Assert.Contains("Mastitis and breast inflammation", page.QuerySelectorAll(".article__topics a").Select(a => a.TextContent));
        var related = page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/articles/let-down-basics"], related);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/articles/Sore-Breast-Care")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/sore_breast")]
    [InlineData("/articles/unfinished-draft")]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/no/such/page")]
    public async Task UnknownOrInvalidAddressIsA404WithSearchAndHomeLink(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Sorry, we cannot find that page", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("form[role=search] input[name=q]"));
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
    }

    [Theory]
    [InlineData("/old/sore-breast")]
    [InlineData("/mastitis-care/")]
    [InlineData("/MASTITIS-CARE")]
    public async Task AliasRedirectsPermanentlyToTheArticle(string alias)
    {
        var response = await _client.GetAsync(alias);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/sore-breast-care", response.Headers.Location?.OriginalString);
    }
}
