using Microsoft.Playwright;

namespace Lactation.E2E.Pages;

/// <summary>The home page, as a reader uses it.</summary>
public sealed class HomePage(IPage page)
{
    public Task GotoAsync() => page.GotoAsync("/");

    public ILocator Topic(string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public ILocator SearchBox => page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the guidance" });

    public ILocator CheckerLink => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Use the symptom checker" });
}
