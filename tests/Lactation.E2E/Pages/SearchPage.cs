using Microsoft.Playwright;

namespace Lactation.E2E.Pages;

public sealed class SearchPage(IPage page)
{
    public ILocator Results => page.Locator("ol.search-results > li");

    public ILocator ResultLink(string title) => page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
}
