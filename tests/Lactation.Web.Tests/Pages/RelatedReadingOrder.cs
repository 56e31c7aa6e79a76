namespace Lactation.Web.Tests.Pages;

public sealed class RelatedReadingOrder(RealContentWebFactory factory) : IClassFixture<RealContentWebFactory>
{
    [Fact]
    public async Task ArticleSharingMostTopicsComesFirstThenAlphabetical()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/articles/clogged-duct");

        var related = page.QuerySelectorAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(5, related.Count);
        Assert.Equal("/articles/hand-expression-massage", related[0]);
        Assert.Equal("/articles/breast-abscess-phlegmon", related[1]);
    }
}
