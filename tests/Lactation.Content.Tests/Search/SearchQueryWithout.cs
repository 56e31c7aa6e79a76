using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

public sealed class SearchQueryWithout
{
    private static readonly SynonymSet Synonyms = SynonymSet.Parse(["lump, knot, bump", "boob, breast, tit"]);

    [Fact]
    public void DropsUnusedVariantsFromSynonymGroups() =>
        Assert.Equal(
            "\"hard\" AND \"lump\" AND \"breast\"",
            SearchQuery.Parse("hard lump boob", Synonyms).Without(Unused("knot", "bump", "boob", "tit")).ToMatch());

    [Fact]
    public void KeepsAGroupWhoseVariantsAreAllUnused() =>
        Assert.Equal(
            "\"hard\" AND (\"lump\" OR \"knot\" OR \"bump\")",
            SearchQuery.Parse("hard lump", Synonyms).Without(Unused("lump", "knot", "bump")).ToMatch());

    [Fact]
    public void LeavesTheReadersOwnWordsAlone() =>
        Assert.Equal(
            "\"hard\" AND \"sore\"*",
            SearchQuery.Parse("hard sore", Synonyms).Without(Unused("hard", "sore")).ToMatch());

    private static HashSet<string> Unused(params string[] words) => [.. words.Select(w => $"\"{w}\"")];
}
