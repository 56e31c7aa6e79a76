using System.Net.Http.Json;
using System.Text.Json;

namespace Lactation.Web.Tests.Search;

/// <summary>The words parents type, over the site's real articles: the right article must be in the top three.</summary>
public sealed class SearchRanking(RealContentWebFactory factory) : IClassFixture<RealContentWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("hard lump boob hurts", "lumps-while-breastfeeding", "clogged-duct")]
    [InlineData("shirt soaked when baby cries", "leaking-milk")]
    [InlineData("letdown slow", "let-down-reflex")]
    [InlineData("sad before letdown", "d-mer")]
    [InlineData("how many wet nappies", "is-baby-getting-enough")]
    [InlineData("diapers", "is-baby-getting-enough")]
    [InlineData("baby not getting enough milk", "is-baby-getting-enough")]
    [InlineData("white spot nipple", "nipple-blebs-subacute-mastitis")]
    [InlineData("milk blister", "nipple-blebs-subacute-mastitis")]
    [InlineData("pump settings sore", "pumping-sore-breast")]
    [InlineData("flange size", "pumping-sore-breast")]
    [InlineData("running mastitis", "exercise-running-mastitis")]
    [InlineData("can I run with mastitis", "exercise-running-mastitis")]
    [InlineData("sports bra", "exercise-while-breastfeeding")]
    [InlineData("pus lump", "breast-abscess-phlegmon")]
    [InlineData("phlegmon", "breast-abscess-phlegmon")]
    [InlineData("antibiotics not working", "mastitis-treatment-antibiotics")]
    [InlineData("hand express", "hand-expression-massage")]
    [InlineData("russian massage", "hand-expression-massage")]
    [InlineData("plugged duct", "clogged-duct")]
    [InlineData("how long does a clogged duct last", "clogged-duct")]
    [InlineData("milk ejection reflex", "let-down-reflex")]
    [InlineData("nursing pads", "leaking-milk")]
    [InlineData("milk spraying", "leaking-milk")]
    [InlineData("galactocele", "lumps-while-breastfeeding")]
    [InlineData("ultrasound lump", "lumps-while-breastfeeding")]
    [InlineData("engorged", "mastitis-spectrum")]
    [InlineData("sepsis signs", "red-flags-not-mastitis")]
    [InlineData("inflammatory breast cancer", "red-flags-not-mastitis")]
    [InlineData("inflammatory or bacterial", "inflammatory-vs-bacterial-mastitis")]
    public async Task ParentsWordsFindTheRightArticleInTheTopThree(string query, params string[] expected)
    {
        var top = (await SearchAsync(query)).Take(3).ToList();

        Assert.True(top.Intersect(expected).Any(), $"'{query}': expected {string.Join(" or ", expected)} in the top three, got {string.Join(", ", top)}");
    }

    [Theory]
    [InlineData("mastitsi", "mastitis")]
    [InlineData("galactosele", "galactocele")]
    [InlineData("flnage size", "flange size")]
    [InlineData("hard lumpp", "hard lump")]
    public async Task MisspeltWordsAreCorrectedAndFound(string query, string suggestion)
    {
        using var json = await GetJsonAsync(query);

        Assert.Equal(suggestion, json.RootElement.GetProperty("suggestion").GetString());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task CorrectlySpeltWordsGetNoSuggestion()
    {
        using var json = await GetJsonAsync("mastitis");

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("suggestion").ValueKind);
        Assert.Equal("inflammatory-vs-bacterial-mastitis", (await SearchAsync("mastitis")).First());
    }

    private async Task<List<string>> SearchAsync(string query)
    {
        using var json = await GetJsonAsync(query);
        return json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!).ToList();
    }

    private async Task<JsonDocument> GetJsonAsync(string query) =>
        JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
}
