using Lactation.E2E.Pages;
using Microsoft.Playwright;

namespace Lactation.E2E;

[Collection(SiteCollection.Name)]
public sealed class ReadingTests(SiteFixture site)
{
    [Fact]
    public async Task ReaderGoesFromHomeThroughATopicToAnArticle()
    {
        var page = await site.NewPageAsync();
        var home = new HomePage(page);
        await home.GotoAsync();

        await home.Topic("Let-down and milk flow").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "The let-down reflex" }).ClickAsync();

        var article = new ArticlePage(page);
        Assert.Equal("The let-down reflex", await article.Heading.TextContentAsync());
        Assert.True(await article.TableOfContents.IsVisibleAsync());
        Assert.True(await article.Sources.GetByRole(AriaRole.Link).CountAsync() >= 2);
        Assert.True(await article.RelatedReading.GetByRole(AriaRole.Link).CountAsync() >= 1);
    }

    [Fact]
    public async Task TableOfContentsLinkMovesToItsSection()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/articles/red-flags-not-mastitis");

        await new ArticlePage(page).TableOfContents.GetByRole(AriaRole.Link, new() { Name = "Sepsis signs" }).ClickAsync();

        Assert.EndsWith("#sepsis-signs", page.Url);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Sepsis signs", Level = 2 }).IsVisibleAsync());
    }

    [Fact]
    public async Task OldAddressRedirectsToTheArticle()
    {
        var page = await site.NewPageAsync();

        var response = await page.GotoAsync("/mastitis");

        Assert.EndsWith("/articles/mastitis-spectrum", page.Url);
        Assert.Equal(200, response!.Status);
        Assert.Contains("mastitis spectrum", (await new ArticlePage(page).Heading.TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task KeyboardUserSkipsToMainContent()
    {
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync("/articles/leaking-milk");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        Assert.True(await skip.IsVisibleAsync());
        await page.Keyboard.PressAsync("Enter");

        Assert.EndsWith("#main", page.Url);
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task NarrowPhonesNeverScrollSideways(int width)
    {
        var page = await site.NewPageAsync(width);
        foreach (var url in new[] { "/", "/articles/is-baby-getting-enough", "/topics/mastitis" })
        {
            await page.GotoAsync(url);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow}px at {width}px.");
        }
    }
}
