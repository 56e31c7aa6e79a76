using System.Net;
using System.Text.Json;

namespace Lactation.Web.Tests.Search;

public sealed class SearchApiGet(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task AnswersInTheDocumentedShape()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=let-down"));
        var root = json.RootElement;

        Assert.Equal(["query", "total", "suggestion", "results"], root.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal("let-down", root.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("suggestion").ValueKind);
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("total").GetInt32(), results.Count);
        var first = results[0];
        Assert.Equal(["slug", "title", "url", "snippet", "topics", "score"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("let-down-basics", first.GetProperty("slug").GetString());
        Assert.Equal("Let-down basics", first.GetProperty("title").GetString());
        Assert.Equal("/articles/let-down-basics", first.GetProperty("url").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString());
        Assert.Equal(["let-down", "mastitis"], first.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.True(first.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task CarriesFacetsPagesAndRedFlagsToo()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=fever&topic=mastitis"));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(["fever"], root.GetProperty("redFlags").EnumerateArray().Select(f => f.GetString()));
        var mastitis = root.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("topic").GetString() == "mastitis");
        Assert.Equal(1, mastitis.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ReportsTheSuggestionItSearchedWith()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=oxytocn"));

        Assert.Equal("oxytocn", json.RootElement.GetProperty("query").GetString());
        Assert.Equal("oxytocin", json.RootElement.GetProperty("suggestion").GetString());
        Assert.Equal("let-down-basics", json.RootElement.GetProperty("results")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task EmptyQueryIsAnEmptyAnswerNotAnError()
    {
        var response = await _client.GetAsync("/api/search?q=");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task DraftsNeverAppear()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=zanzibar"));

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("q=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "q", "200 characters")]
    [InlineData("q=lump&page=0", "page", "whole number")]
    [InlineData("q=lump&page=two", "page", "whole number")]
    [InlineData("q=lump&topic=cats", "topic", "Unknown topic")]
    public async Task BadInputIsAProblemDetails400(string query, string field, string message)
    {
        var response = await _client.GetAsync("/api/search?" + query);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.Contains(message, root.GetProperty("errors").GetProperty(field)[0].GetString());
    }
}
