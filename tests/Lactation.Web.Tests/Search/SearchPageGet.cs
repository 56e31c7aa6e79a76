using System.Net;

namespace Lactation.Web.Tests.Search;

public sealed class SearchPageGet(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ShowsCountTitlesSnippetsAndTopics()
    {
        var page = await _client.GetDocumentAsync("/search?q=oxytocin");

        Assert.Equal("Search results for “oxytocin” | Lactation", page.Title);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("oxytocin", page.QuerySelector("main form[action='/search'][method=get] input[name=q]")?.GetAttribute("value"));
        Assert.Equal("1 article found for “oxytocin”.", page.Text(".search-count"));
        var result = Assert.Single(page.QuerySelectorAll(".search-result"));
        Assert.Equal("/articles/let-down-basics", result.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Equal("oxytocin", result.QuerySelector(".search-result__snippet mark")?.TextContent, ignoreCase: true);
        Assert.Equal(["/topics/let-down", "/topics/mastitis"], result.QuerySelectorAll(".search-result__topics a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task FacetsLinkEachTopicWithItsCount()
    {
        var page = await _client.GetDocumentAsync("/search?q=let-down");

        var facets = page.QuerySelectorAll(".facets a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal(
            [("All topics (2)", "/search?q=let-down"), ("Mastitis (2)", "/search?q=let-down&topic=mastitis"), ("Let-down (1)", "/search?q=let-down&topic=let-down")],
            facets);
        Assert.Equal("All topics (2)", page.QuerySelector(".facets a[aria-current=true]")?.TextContent.Trim());
    }

    [Fact]
    public async Task TopicFilterNarrowsTheResultsAndKeepsTheFacets()
    {
        var page = await _client.GetDocumentAsync("/search?q=let-down&topic=let-down");

        Assert.Equal(["Let-down basics"], page.QuerySelectorAll(".search-result h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("Let-down (1)", page.QuerySelector(".facets a[aria-current=true]")?.TextContent.Trim());
        Assert.Equal(3, page.QuerySelectorAll(".facets a").Length);
        Assert.Contains("in Let-down", page.Text(".search-count"));
    }

    [Fact]
    public async Task NoResultsOffersTopicsAndNeverShowsDrafts()
    {
        var page = await _client.GetDocumentAsync("/search?q=zanzibar");

        Assert.Equal("No articles found for “zanzibar”", page.Text(".no-results h2"));
        Assert.Empty(page.QuerySelectorAll(".search-result"));
        Assert.Contains("/topics/mastitis", page.QuerySelectorAll(".no-results a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("unfinished draft", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MisspeltWordGetsDidYouMeanAndItsResults()
    {
        var page = await _client.GetDocumentAsync("/search?q=oxytocn");

        var link = page.QuerySelector(".search-suggestion a");
        Assert.Equal("oxytocin", link?.TextContent);
        Assert.Equal("/search?q=oxytocin", link?.GetAttribute("href"));
        Assert.StartsWith("Did you mean oxytocin?", page.Text(".search-suggestion"));
        Assert.Equal(["Let-down basics"], page.QuerySelectorAll(".search-result h2").Select(h => h.TextContent.Trim()));
    }

    [Theory]
    [InlineData("fever")]
    [InlineData("red streaks")]
    [InlineData("cant breathe")]
    [InlineData("thoughts of harming myself")]
    public async Task WarningSignsShowTheEmergencyCardFirst(string query)
    {
        var page = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        var card = page.QuerySelector("main > .care-card.care-card--emergency");
        Assert.NotNull(card);
        Assert.Equal("Warning signs: get help now if you feel very unwell", card.QuerySelector("h2")?.TextContent.Trim());
        Assert.Equal("/symptom-checker", card.QuerySelector("a.button")?.GetAttribute("href"));
        Assert.Contains("999", card.TextContent);
        Assert.Contains("911", card.TextContent);
        Assert.Contains("112", card.TextContent);
    }

    [Fact]
    public async Task OrdinaryQuestionsShowNoEmergencyCard()
    {
        var page = await _client.GetDocumentAsync("/search?q=let-down");

        Assert.Null(page.QuerySelector("main > .care-card"));
    }

    [Fact]
    public async Task SnippetShowsArticleMarkupAsText()
    {
        var page = await _client.GetDocumentAsync("/search?q=alert");

        var snippet = page.QuerySelector(".search-result__snippet");
        Assert.NotNull(snippet);
        Assert.Contains("<script>", snippet.TextContent);
        Assert.DoesNotContain(snippet.QuerySelectorAll("*"), e => e.LocalName != "mark");
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task EmptySearchIsAPlainFormWithTopics()
    {
        var response = await _client.GetAsync("/search");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search | Lactation", page.Title);
        Assert.Equal("Search", page.Text("h1"));
        Assert.Empty(page.QuerySelectorAll(".search-result"));
        Assert.Contains("/topics/let-down", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task TooLongQueryIsA400WithAClearMessage()
    {
        var response = await _client.GetAsync("/search?q=" + new string('a', 201));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 200 characters", page.Text(".form-error"));
        Assert.Equal(200, page.QuerySelector("main input[name=q]")?.GetAttribute("value")?.Length);
    }

    [Fact]
    public async Task LiveSearchScriptIsAnOptionalDeferredFile()
    {
        var page = await _client.GetDocumentAsync("/search?q=lump");
        var script = page.QuerySelector("script[src^='/js/search.js']");

        Assert.NotNull(script);
        Assert.True(script.HasAttribute("defer"));
        var response = await _client.GetAsync(script.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 8 * 1024);
    }

    [Fact]
    public async Task OpenSearchDescriptionPointsAtTheSearchPage()
    {
        var response = await _client.GetAsync("/opensearch.xml");
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";

        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Lactation", xml.Root?.Element(ns + "ShortName")?.Value);
        Assert.Contains(
            "https://lactation.test/search?q={searchTerms}",
            xml.Root!.Elements(ns + "Url").Select(u => u.Attribute("template")?.Value));
    }
}

/// <summary>Paging needs more articles than the fixture has: the real library.</summary>
public sealed class SearchPagePagination(RealContentWebFactory factory) : IClassFixture<RealContentWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task FirstPageLinksOnToTheNext()
    {
        var page = await _client.GetDocumentAsync("/search?q=breast");

        Assert.Equal(10, page.QuerySelectorAll(".search-result").Length);
        Assert.Contains("page 1 of 2", page.Text(".search-count"));
        Assert.Equal("1", page.QuerySelector(".pagination a[aria-current=page]")?.TextContent);
        Assert.Equal("/search?q=breast&page=2", page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pagination a[rel=prev]"));
    }

    [Fact]
    public async Task LastPageContinuesTheNumberingAndLinksBack()
    {
        var first = await _client.GetDocumentAsync("/search?q=breast");
        var page = await _client.GetDocumentAsync("/search?q=breast&page=2");

        Assert.Equal("11", page.QuerySelector("ol.search-results")?.GetAttribute("start"));
        Assert.Equal("2", page.QuerySelector(".pagination a[aria-current=page]")?.TextContent);
        Assert.Equal("/search?q=breast", page.QuerySelector(".pagination a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pagination a[rel=next]"));
        var onBoth = first.QuerySelectorAll(".search-result h2 a").Select(a => a.GetAttribute("href"))
            .Intersect(page.QuerySelectorAll(".search-result h2 a").Select(a => a.GetAttribute("href")));
        Assert.Empty(onBoth);
    }

    [Fact]
    public async Task PageBeyondTheLastSaysSo()
    {
        var response = await _client.GetAsync("/search?q=breast&page=9");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".search-result"));
        Assert.Contains("There is no page 9", page.Body!.TextContent);
    }
}

/// <summary>Editors extend the synonyms file; the next search uses it, with no restart.</summary>
public sealed class SearchSynonymsFile : IDisposable
{
    private readonly LactationWebFactory _factory = new();
    private readonly HttpClient _client;

    public SearchSynonymsFile() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnEditorsNewSynonymWorksOnTheNextSearch()
    {
        Assert.Empty((await _client.GetDocumentAsync("/search?q=cuddle+hormone")).QuerySelectorAll(".search-result"));

        var file = Path.Combine(_factory.ContentRoot, "search", "synonyms.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "# test\ncuddle hormone, oxytocin\n");

        var page = await _client.GetDocumentAsync("/search?q=cuddle+hormone");
        Assert.Equal(["Let-down basics"], page.QuerySelectorAll(".search-result h2").Select(h => h.TextContent.Trim()));
    }
}
