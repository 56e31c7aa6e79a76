using System.Text.Json;
using Lactation.Content.Articles;
using Lactation.Content.Index;
using Lactation.Web.Pages;
using Microsoft.Extensions.Options;

namespace Lactation.Web.Infrastructure;

/// <summary>
/// schema.org JSON-LD for each page type. Serialised with System.Text.Json's default encoder, which escapes
/// &lt; &gt; &amp; and quotes, so the output is safe inside a script element.
/// </summary>
public sealed class StructuredData(IOptions<SiteOptions> options)
{
    private const string Context = "https://schema.org";
    private SiteOptions Site => options.Value;

    public string WebSite() => Serialise(new Dictionary<string, object>
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["name"] = Site.Name,
        ["url"] = Site.Absolute("/"),
        ["inLanguage"] = "en",
        ["potentialAction"] = new Dictionary<string, object>
        {
            ["@type"] = "SearchAction",
            ["target"] = new Dictionary<string, object>
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = Site.Absolute("/search") + "?q={search_term_string}",
            },
            ["query-input"] = "required name=search_term_string",
        },
    });

    public string Article(IndexedArticle article, PageMeta meta)
    {
        var page = new Dictionary<string, object>
        {
            ["@context"] = Context,
            ["@type"] = "MedicalWebPage",
            ["name"] = article.Title,
            ["headline"] = article.Title,
            ["description"] = article.Description,
            ["url"] = Site.Absolute(meta.Path),
            ["inLanguage"] = "en",
            ["lastReviewed"] = article.Reviewed.ToString("yyyy-MM-dd"),
            ["reviewedBy"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = article.Reviewer },
            ["datePublished"] = (article.Published ?? article.Reviewed).ToString("yyyy-MM-dd"),
            ["dateModified"] = article.ModifiedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["audience"] = new Dictionary<string, object> { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
            ["about"] = article.Topics.Contains("mastitis")
                ? new Dictionary<string, object> { ["@type"] = "MedicalCondition", ["name"] = "Mastitis" }
                : new Dictionary<string, object> { ["@type"] = "Thing", ["name"] = "Breastfeeding" },
            ["citation"] = article.Sources
                .Select(s => new Dictionary<string, object> { ["@type"] = "CreativeWork", ["name"] = s.Title, ["url"] = s.Url })
                .ToList(),
            ["publisher"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = Site.Name, ["url"] = Site.Absolute("/") },
            ["isPartOf"] = new Dictionary<string, object> { ["@type"] = "WebSite", ["name"] = Site.Name, ["url"] = Site.Absolute("/") },
        };
        return Serialise(page);
    }

    public string Collection(TopicPage topic, PageMeta meta) => Serialise(new Dictionary<string, object>
    {
        ["@context"] = Context,
        ["@type"] = "CollectionPage",
        ["name"] = topic.Topic.Title,
        ["description"] = meta.Description,
        ["url"] = Site.Absolute(meta.Path),
        ["inLanguage"] = "en",
        ["hasPart"] = topic.Articles
            .Select(a => new Dictionary<string, object> { ["@type"] = "MedicalWebPage", ["name"] = a.Title, ["url"] = Site.Absolute(a.Url) })
            .ToList(),
    });

    /// <summary>The visible breadcrumb trail, ending at the page itself.</summary>
    public string Breadcrumbs(PageMeta meta) => Serialise(new Dictionary<string, object>
    {
        ["@context"] = Context,
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = meta.Breadcrumbs.Append(new Breadcrumb(meta.Title, meta.Path))
            .Select((crumb, i) => new Dictionary<string, object>
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = crumb.Name,
                ["item"] = Site.Absolute(crumb.Path),
            })
            .ToList(),
    });

    private static string Serialise(object value) => JsonSerializer.Serialize(value);
}
