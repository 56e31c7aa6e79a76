using Lactation.E2E.Pages;
using Microsoft.Playwright;

namespace Lactation.E2E;

[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    [Fact]
    public async Task ParentSearchesInTheirOwnWordsAndOpensTheArticle()
    {
        var page = await site.NewPageAsync(javaScript: false);
        var home = new HomePage(page);
        await home.GotoAsync();

        await home.SearchBox.FillAsync("shirt soaked when baby cries");
        await home.SearchBox.PressAsync("Enter");

        var search = new SearchPage(page);
        Assert.True(await search.Results.CountAsync() >= 1);
        await search.ResultLink("Leaking milk").ClickAsync();
        Assert.EndsWith("/articles/leaking-milk", page.Url);
        Assert.Equal("Leaking milk", await new ArticlePage(page).Heading.TextContentAsync());
    }

    [Fact]
    public async Task MisspeltWordGetsADidYouMean()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search?q=mastitsi");

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("mastitis");
        Assert.True(await new SearchPage(page).Results.CountAsync() >= 1);
    }

    [Fact]
    public async Task RedFlagWordsBringTheEmergencyAdviceAndTheChecker()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/search?q=fever+and+red+streaks");

        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync("999");
        Assert.True(await main.GetByRole(AriaRole.Link, new() { Name = "Check your symptoms now" }).IsVisibleAsync());
    }
}
