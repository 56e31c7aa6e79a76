using Microsoft.Playwright;

namespace Lactation.E2E.Pages;

/// <summary>The symptom checker, driven as a person would: by label and by keyboard.</summary>
public sealed class CheckerPage(IPage page)
{
    public Task GotoAsync() => page.GotoAsync("/symptom-checker");

    public ILocator Symptom(string label) => page.GetByRole(AriaRole.Checkbox, new() { Name = label });

    public ILocator CheckButton => page.GetByRole(AriaRole.Button, new() { Name = "Check my symptoms" });

    public ILocator Result => page.Locator("[data-disposition]");

    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert);

    /// <summary>Presses Tab until the element is focused (as a keyboard user would), then returns it.</summary>
    public async Task TabToAsync(ILocator target, int limit = 200)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        throw new InvalidOperationException("Could not reach the element with the Tab key.");
    }
}
