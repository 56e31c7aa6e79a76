using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

public sealed class SearchVocabularyClosest
{
    private static readonly VocabularyWord[] Words =
    [
        new("mastitis", 15),
        new("mastectomy", 1),
        new("lump", 12),
        new("pump", 14),
        new("galactocele", 2),
        new("short", 16),
    ];

    [Theory]
    [InlineData("mastitsi", "mastitis")]
    [InlineData("mastits", "mastitis")]
    [InlineData("galactosele", "galactocele")]
    [InlineData("lumo", "lump")]
    public void FindsTheIndexedWordAnEditOrTwoAway(string typed, string expected) =>
        Assert.Equal(expected, SearchVocabulary.Closest(typed, Words));

    [Fact]
    public void PrefersTheWordMoreArticlesUseWhenEquallyClose() =>
        Assert.Equal("pump", SearchVocabulary.Closest("bump", Words));

    [Theory]
    [InlineData("zzzzzz")]
    [InlineData("xyz")]
    [InlineData("lmpp")]
    public void SuggestsNothingWhenNothingIsClose(string typed) =>
        Assert.Null(SearchVocabulary.Closest(typed, Words));
}
