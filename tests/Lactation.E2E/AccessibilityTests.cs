namespace Lactation.E2E;

[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var url in PageTypes.Urls)
        {
            data.Add(url, 390);
            data.Add(url, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task EveryPageTypeHasNoWcagAViolations(string url, int width)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(url);

        var violations = await Accessibility.ViolationsAsync(page);

        Assert.True(violations.Count == 0, $"{url} at {width}px:\n" + string.Join('\n', violations));
    }

    [Fact]
    public async Task DarkModeAlsoPassesContrast()
    {
        var page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = Microsoft.Playwright.ColorScheme.Dark });
        await page.GotoAsync("/articles/red-flags-not-mastitis");

        var violations = await Accessibility.ViolationsAsync(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }
}
