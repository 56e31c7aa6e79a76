using Lactation.E2E.Pages;
using Microsoft.Playwright;

namespace Lactation.E2E;

[Collection(SiteCollection.Name)]
public sealed class CheckerTests(SiteFixture site)
{
    [Fact]
    public async Task KeyboardUserWithoutJavaScriptGetsAnUrgentAnswerForAFever()
    {
        var page = await site.NewPageAsync(width: 390, javaScript: false);
        var checker = new CheckerPage(page);
        await checker.GotoAsync();

        await checker.TabToAsync(checker.Symptom("A red patch on the breast"));
        await page.Keyboard.PressAsync("Space");
        var temperature = page.GetByRole(AriaRole.Textbox, new() { Name = "Temperature" });
        await checker.TabToAsync(temperature);
        await page.Keyboard.TypeAsync("38.4");
        await checker.TabToAsync(page.GetByRole(AriaRole.Radio, new() { Name = "°C" }));
        await page.Keyboard.PressAsync("Space");
        await checker.TabToAsync(checker.CheckButton);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(checker.Result).ToHaveAttributeAsync("data-disposition", "urgent");
        var result = checker.Result;
        Assert.Contains("See a doctor or midwife today", await result.InnerTextAsync());
        Assert.Contains("safe for your baby", await result.InnerTextAsync());
        Assert.False(page.Url.Contains("red"), "Symptoms must never be put in the address.");
    }

    [Fact]
    public async Task SepsisSignGivesTheEmergencyNumbersAndLinksThatOpen()
    {
        var page = await site.NewPageAsync(javaScript: false);
        var checker = new CheckerPage(page);
        await checker.GotoAsync();

        await checker.Symptom("Confused, or speech is slurred").CheckAsync();
        await checker.CheckButton.ClickAsync();

        await Assertions.Expect(checker.Result).ToHaveAttributeAsync("data-disposition", "emergency");
        Assert.Contains("999", await checker.Result.InnerTextAsync());
        await checker.Result.GetByRole(AriaRole.Link, new() { Name = "Red flags: when it is not mastitis" }).First.ClickAsync();
        Assert.Contains("/articles/red-flags-not-mastitis#sepsis-signs", page.Url);
    }

    [Fact]
    public async Task ImpossibleTemperatureIsShownBesideTheFieldWithAnswersKept()
    {
        var page = await site.NewPageAsync(javaScript: false);
        var checker = new CheckerPage(page);
        await checker.GotoAsync();

        await checker.Symptom("A red patch on the breast").CheckAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Temperature" }).FillAsync("55");
        await page.GetByRole(AriaRole.Radio, new() { Name = "°C" }).CheckAsync();
        await checker.CheckButton.ClickAsync();

        await Assertions.Expect(checker.ErrorSummary).ToContainTextAsync("There is a problem");
        await checker.ErrorSummary.GetByRole(AriaRole.Link).First.ClickAsync();
        Assert.Equal("temperature", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.True(await checker.Symptom("A red patch on the breast").IsCheckedAsync());
        Assert.Equal("55", await page.GetByRole(AriaRole.Textbox, new() { Name = "Temperature" }).InputValueAsync());
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task FormErrorsAndResultHaveNoWcagViolations(int width)
    {
        var page = await site.NewPageAsync(width, javaScript: true);
        var checker = new CheckerPage(page);
        await checker.GotoAsync();
        Assert.Empty(await Accessibility.ViolationsAsync(page));

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Temperature" }).FillAsync("abc");
        await checker.CheckButton.ClickAsync();
        await Assertions.Expect(checker.ErrorSummary).ToBeVisibleAsync();
        var errors = await Accessibility.ViolationsAsync(page);
        Assert.True(errors.Count == 0, string.Join('\n', errors));

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Temperature" }).FillAsync("");
        await checker.Symptom("Chest pain").CheckAsync();
        await checker.CheckButton.ClickAsync();
        await Assertions.Expect(checker.Result).ToHaveAttributeAsync("data-disposition", "emergency");
        var result = await Accessibility.ViolationsAsync(page);
        Assert.True(result.Count == 0, string.Join('\n', result));
    }
}
