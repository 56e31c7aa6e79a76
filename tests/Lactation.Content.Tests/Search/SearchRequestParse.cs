using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

public sealed class SearchRequestParse
{
    [Theory]
    [InlineData(null, null, null, "", null, 1)]
    [InlineData("  lump  ", "", "", "lump", null, 1)]
    [InlineData("lump", "mastitis", "2", "lump", "mastitis", 2)]
    [InlineData("lump", " pumping ", " 3 ", "lump", "pumping", 3)]
    public void AcceptsGoodInput(string? q, string? topic, string? page, string query, string? expectedTopic, int expectedPage) =>
        Assert.Equal(new SearchRequest(query, expectedTopic, expectedPage), SearchRequest.Parse(q, topic, page));

    [Fact]
    public void AcceptsExactly200Characters() =>
        Assert.Equal(200, SearchRequest.Parse(new string('a', 200)).Query.Length);

    [Theory]
    [InlineData(201, null, null, "q")]
    [InlineData(5, "cats", null, "topic")]
    [InlineData(5, "Mastitis", null, "topic")]
    [InlineData(5, null, "0", "page")]
    [InlineData(5, null, "-1", "page")]
    [InlineData(5, null, "abc", "page")]
    [InlineData(5, null, "1.5", "page")]
    [InlineData(5, null, "+2", "page")]
    [InlineData(5, null, "99999999999", "page")]
    public void RefusesBadInputNamingTheField(int length, string? topic, string? page, string field)
    {
        var error = Assert.Throws<SearchInputException>(() => SearchRequest.Parse(new string('a', length), topic, page));

        Assert.Equal([field], error.Errors.Keys);
        Assert.NotEmpty(error.Message);
    }
}
