using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lactation.Web.Pages;

public sealed record Breadcrumb(string Name, string Path);

/// <summary>What the layout needs to describe a page to people and search engines.</summary>
public sealed record PageMeta(string Title, string Description, string Path)
{
    /// <summary>Trail from home to this page; the layout renders it and its BreadcrumbList.</summary>
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    /// <summary>Extra JSON-LD objects for this page (already serialised, script-safe).</summary>
    public IReadOnlyList<string> JsonLd { get; init; } = [];

    public string OpenGraphType { get; init; } = "website";

    /// <summary>Pages like search results and the 404 are useful to people but not to an index.</summary>
    public bool NoIndex { get; init; }
}

/// <summary>A page that tells the layout its title, description and canonical path.</summary>
public abstract class SitePageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = new("Breastfeeding help", "Clear, checked breastfeeding guidance.", "/");
}
