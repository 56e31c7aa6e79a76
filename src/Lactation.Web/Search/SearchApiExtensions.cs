using System.Text;
using System.Xml;
using Lactation.Content.Search;
using Lactation.Web.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Lactation.Web.Search;

public static class SearchApiExtensions
{
    /// <summary>
    /// <c>GET /api/search?q=&amp;topic=&amp;page=</c> (JSON; bad input is a 400 problem+json, never a 500) and
    /// <c>/opensearch.xml</c>, so browsers can add the site's search.
    /// </summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/search", async (HttpRequest request, ArticleSearch search, CancellationToken ct) =>
        {
            // Read the query string by hand: a repeated or odd parameter must be a clear 400, not a binding failure.
            try
            {
                var results = await search.SearchAsync(First(request.Query["q"]), First(request.Query["topic"]), First(request.Query["page"]), ct);
                return Results.Ok(SearchResponse.From(results));
            }
            catch (SearchInputException e)
            {
                return Results.ValidationProblem(
                    e.Errors.ToDictionary(kv => kv.Key, kv => kv.Value),
                    detail: e.Message,
                    title: "The search could not be run");
            }
        });

        endpoints.MapGet("/opensearch.xml", (IOptions<SiteOptions> options) =>
            Results.Bytes(OpenSearchDescription(options.Value), "application/opensearchdescription+xml; charset=utf-8"));
        return endpoints;
    }

    private static string? First(StringValues values) => values.Count > 0 ? values[0] : null;

    private static byte[] OpenSearchDescription(SiteOptions site)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string ns = "http://a9.com/-/spec/opensearch/1.1/";
            xml.WriteStartElement("OpenSearchDescription", ns);
            xml.WriteElementString("ShortName", ns, site.Name);
            xml.WriteElementString("Description", ns, $"Search {site.Name}'s breastfeeding guidance");
            xml.WriteElementString("InputEncoding", ns, "UTF-8");
            xml.WriteElementString("Language", ns, "en");
            xml.WriteStartElement("Image", ns);
            xml.WriteAttributeString("type", "image/svg+xml");
            xml.WriteAttributeString("width", "16");
            xml.WriteAttributeString("height", "16");
            xml.WriteString(site.Absolute("/favicon.svg"));
            xml.WriteEndElement();
            xml.WriteStartElement("Url", ns);
            xml.WriteAttributeString("type", "text/html");
            xml.WriteAttributeString("method", "get");
            xml.WriteAttributeString("template", site.Absolute("/search") + "?q={searchTerms}");
            xml.WriteEndElement();
            xml.WriteStartElement("Url", ns);
            xml.WriteAttributeString("type", "application/json");
            xml.WriteAttributeString("rel", "results");
            xml.WriteAttributeString("template", site.Absolute("/api/search") + "?q={searchTerms}");
            xml.WriteEndElement();
            xml.WriteStartElement("Url", ns);
            xml.WriteAttributeString("type", "application/opensearchdescription+xml");
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("template", site.Absolute("/opensearch.xml"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
