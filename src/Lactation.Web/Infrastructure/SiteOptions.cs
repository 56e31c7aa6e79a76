namespace Lactation.Web.Infrastructure;

/// <summary>Section "Site": the public name and the absolute base URL used for canonical links, sitemap and feed.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "Lactation";

    public string BaseUrl { get; set; } = "http://localhost:5000";

    public string Absolute(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}
