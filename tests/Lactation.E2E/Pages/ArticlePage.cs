using Microsoft.Playwright;

namespace Lactation.E2E.Pages;

public sealed class ArticlePage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator TableOfContents => page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" });

    public ILocator Sources => page.GetByRole(AriaRole.Region, new() { Name = "Sources" });

    public ILocator RelatedReading => page.GetByRole(AriaRole.Region, new() { Name = "Related reading" });
}
