using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

public sealed class RedFlagsFind
{
    [Theory]
    [InlineData("fever and a sore breast", "fever")]
    [InlineData("Red streaks on my boob", "red streaks")]
    [InlineData("red streak", "red streaks")]
    [InlineData("pus from nipple", "pus")]
    [InlineData("feeling confused and hot", "confused")]
    [InlineData("I can't breathe properly", "can't breathe")]
    [InlineData("cant breathe", "cant breathe")]
    [InlineData("breathless after feeding", "breathless")]
    [InlineData("chest pain", "chest pain")]
    [InlineData("fainted in the shower", "fainted")]
    [InlineData("baby has blue lips", "blue lips")]
    [InlineData("sepsis signs", "sepsis")]
    [InlineData("high temperature 39", "high temperature")]
    [InlineData("thoughts of harming my baby", "thoughts of harming")]
    public void FindsWarningSigns(string query, string phrase) =>
        Assert.Contains(RedFlags.Find(SearchQuery.Parse(query)), f => f.Phrase == phrase);

    [Theory]
    [InlineData("slow let-down")]
    [InlineData("push through the pain")]
    [InlineData("flange fit")]
    [InlineData("red nipple")]
    [InlineData("streaky milk")]
    [InlineData("")]
    public void IgnoresOrdinaryQuestions(string query) =>
        Assert.Empty(RedFlags.Find(SearchQuery.Parse(query)));

    [Fact]
    public void TellsSelfHarmFromIllness()
    {
        var flags = RedFlags.Find(SearchQuery.Parse("thoughts of harming myself and a fever"));

        Assert.Contains(flags, f => f.Kind == RedFlagKind.MentalHealth);
        Assert.Contains(flags, f => f.Kind == RedFlagKind.Illness);
    }
}
