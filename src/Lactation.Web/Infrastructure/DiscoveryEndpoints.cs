using System.Globalization;
using System.Text;
using System.Xml;
using Lactation.Content.Articles;
using Microsoft.Extensions.Options;

namespace Lactation.Web.Infrastructure;

/// <summary>What search engines and feed readers fetch: /sitemap.xml, /robots.txt and the Atom feed /feed.xml.</summary>
public static class DiscoveryEndpoints
{
    private const int FeedSize = 20;

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search\n\nSitemap: {site.Value.Absolute("/sitemap.xml")}\n", "text/plain"));

        endpoints.MapGet("/sitemap.xml", async (ArticleLibrary library, IOptions<SiteOptions> site, CancellationToken ct) =>
        {
            var articles = await library.AllAsync(ct);
            var topics = await library.TopicsAsync(ct);
            var newest = articles.Count > 0 ? articles.Max(a => a.ModifiedUtc) : DateTime.UtcNow;
            return Xml(writer =>
            {
                writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                Url(writer, site.Value.Absolute("/"), newest);
                Url(writer, site.Value.Absolute("/topics"), newest);
                foreach (var topic in topics.Where(t => t.ArticleCount > 0))
                {
                    var lastmod = articles.Where(a => a.Topics.Contains(topic.Id)).Select(a => a.ModifiedUtc).DefaultIfEmpty(newest).Max();
                    Url(writer, site.Value.Absolute(topic.Url), lastmod);
                }

                foreach (var article in articles)
                {
                    Url(writer, site.Value.Absolute(article.Url), article.ModifiedUtc);
                }

                Url(writer, site.Value.Absolute("/symptom-checker"), null);
                writer.WriteEndElement();
            }, "application/xml");
        });

        endpoints.MapGet("/feed.xml", async (ArticleLibrary library, IOptions<SiteOptions> site, CancellationToken ct) =>
        {
            var recent = await library.RecentAsync(FeedSize, ct);
            var updated = recent.Count > 0 ? recent.Max(a => a.ModifiedUtc) : DateTime.UtcNow;
            const string atom = "http://www.w3.org/2005/Atom";
            return Xml(writer =>
            {
                writer.WriteStartElement("feed", atom);
                writer.WriteElementString("title", atom, $"{site.Value.Name}: new and updated articles");
                writer.WriteElementString("id", atom, site.Value.Absolute("/"));
                writer.WriteElementString("updated", atom, Timestamp(updated));
                Link(writer, site.Value.Absolute("/feed.xml"), "self");
                Link(writer, site.Value.Absolute("/"), "alternate");
                writer.WriteStartElement("author", atom);
                writer.WriteElementString("name", atom, site.Value.Name);
                writer.WriteEndElement();
                foreach (var article in recent)
                {
                    writer.WriteStartElement("entry", atom);
                    writer.WriteElementString("title", atom, article.Title);
                    writer.WriteElementString("id", atom, site.Value.Absolute(article.Url));
                    writer.WriteElementString("updated", atom, Timestamp(article.ModifiedUtc));
                    Link(writer, site.Value.Absolute(article.Url), "alternate");
                    writer.WriteElementString("summary", atom, article.Description);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }, "application/atom+xml");
        });

        return endpoints;
    }

    private static void Url(XmlWriter writer, string location, DateTime? lastModified)
    {
        writer.WriteStartElement("url");
        writer.WriteElementString("loc", location);
        if (lastModified is { } at)
        {
            writer.WriteElementString("lastmod", at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        writer.WriteEndElement();
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("rel", rel);
        writer.WriteEndElement();
    }

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static IResult Xml(Action<XmlWriter> write, string contentType)
    {
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            write(writer);
        }

        // StringBuilder output declares utf-16; the response is UTF-8.
        return Results.Text(output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""), contentType, Encoding.UTF8);
    }
}
