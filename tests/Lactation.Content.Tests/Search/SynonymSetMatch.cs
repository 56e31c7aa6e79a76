using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

public sealed class SynonymSetMatch
{
    private static readonly SynonymSet Synonyms = SynonymSet.Parse(
    [
        "# Let-down",
        "letdown, let-down, let down, milk ejection reflex, MER",
        "",
        "clogged duct, plugged duct, blocked duct, ductal narrowing  # the article's term last",
        "nappy, diaper",
        "boob, breast",
        "breast pad, nursing pad",
        "lonely",
    ]);

    [Theory]
    [InlineData("letdown", "(\"letdown\" OR \"let down\" OR \"milk ejection reflex\")")]
    [InlineData("let-down", "(\"let down\" OR \"letdown\" OR \"milk ejection reflex\")")]
    [InlineData("let down", "(\"let down\" OR \"letdown\" OR \"milk ejection reflex\")")]
    [InlineData("Milk Ejection Reflex", "(\"milk ejection reflex\" OR \"letdown\" OR \"let down\")")]
    [InlineData("MER", "(\"mer\" OR \"letdown\" OR \"let down\" OR \"milk ejection reflex\")")]
    [InlineData("plugged duct", "(\"plugged duct\" OR \"clogged duct\" OR \"blocked duct\" OR \"ductal narrowing\")")]
    [InlineData("diapers", "(\"diapers\" OR \"nappy\" OR \"diaper\")")]
    [InlineData("nappies", "(\"nappies\" OR \"nappy\" OR \"diaper\")")]
    [InlineData("boob", "(\"boob\" OR \"breast\")")]
    public void ExpandsAWordToItsGroupAsPhrases(string typed, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(typed, Synonyms).ToMatch());

    [Fact]
    public void PrefersTheLongestVariant() =>
        Assert.Equal("(\"breast pad\" OR \"nursing pad\") AND \"leak\"*", SearchQuery.Parse("breast pad leak", Synonyms).ToMatch());

    [Fact]
    public void ExpandsEachPartOfALongerQuery() =>
        Assert.Equal(
            "(\"letdown\" OR \"let down\" OR \"milk ejection reflex\") AND \"slow\" AND (\"boob\" OR \"breast\")",
            SearchQuery.Parse("letdown slow boob", Synonyms).ToMatch());

    [Fact]
    public void SynonymGroupsGetNoPrefix() =>
        Assert.DoesNotContain("*", SearchQuery.Parse("sore boob", Synonyms).ToMatch());

    [Fact]
    public void AWordInTwoGroupsGetsBoth()
    {
        var synonyms = SynonymSet.Parse(["pump, expressing", "expressing, hand expression"]);

        Assert.Equal("(\"expressing\" OR \"pump\" OR \"hand expression\")", SearchQuery.Parse("expressing", synonyms).ToMatch());
    }

    [Fact]
    public void IgnoresCommentsBlankLinesAndSingleVariantLines() => Assert.Equal(5, Synonyms.GroupCount);

    [Fact]
    public void OffersSingleWordVariantsForSpelling() =>
        Assert.Contains("diaper", Synonyms.Words);

    [Fact]
    public void TheSiteFileHoldsTheGroupsParentsNeed()
    {
        var file = Path.Combine(Lactation.Tests.RepoRoot.Path, "content", "search", "synonyms.txt");
        var synonyms = SynonymSet.Parse(File.ReadAllLines(file));

        Assert.Contains("\"let down\"", SearchQuery.Parse("letdown", synonyms).ToMatch());
        Assert.Contains("\"ductal narrowing\"", SearchQuery.Parse("clogged duct", synonyms).ToMatch());
        Assert.Contains("\"nappy\"", SearchQuery.Parse("diaper", synonyms).ToMatch());
        Assert.Contains("\"expressing\"", SearchQuery.Parse("pump", synonyms).ToMatch());
        Assert.Contains("\"chestfeeding\"", SearchQuery.Parse("breastfeeding", synonyms).ToMatch());
        Assert.Contains("\"dysphoric milk ejection reflex\"", SearchQuery.Parse("D-MER", synonyms).ToMatch());
        Assert.Contains("\"breast\"", SearchQuery.Parse("boob", synonyms).ToMatch());
        Assert.Contains("\"leaking\"", SearchQuery.Parse("soaked", synonyms).ToMatch());
    }
}
