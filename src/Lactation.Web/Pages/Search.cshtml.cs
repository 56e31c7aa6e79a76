using Lactation.Content.Search;
using Microsoft.AspNetCore.Mvc;

namespace Lactation.Web.Pages;

public sealed class SearchModel(ArticleSearch search) : SitePageModel
{
    /// <summary>What the reader typed, shown back in the form.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>Null when the input was refused; see <see cref="Errors"/>.</summary>
    public SearchResults? Results { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    // "page" is also Razor Pages' own route value (the page's path), so it is read from the query string by name.
    public async Task OnGetAsync(string? q, string? topic, [FromQuery(Name = "page")] string? pageNumber, CancellationToken ct)
    {
        Query = q?.Trim() ?? string.Empty;
        try
        {
            Results = await search.SearchAsync(q, topic, pageNumber, ct);
        }
        catch (SearchInputException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Errors = e.Errors.Values.SelectMany(v => v).ToList();
            Query = Query.Length > SearchQuery.MaxLength ? Query[..SearchQuery.MaxLength] : Query;
        }

        Meta = new PageMeta(
            Query.Length > 0 ? $"Search results for “{Shorten(Query)}”" : "Search",
            "Search the breastfeeding guidance: sore breasts, clogged ducts, mastitis, let-down, leaking, pumping.",
            "/search")
        {
            NoIndex = true,
        };
    }

    /// <summary>A link to these results with another topic filter or page; the corrected query if there was one.</summary>
    public string Link(string? topic, int page = 1)
    {
        var query = Results?.Suggestion ?? Query;
        var link = "/search?q=" + Uri.EscapeDataString(query);
        if (topic is not null)
        {
            link += "&topic=" + Uri.EscapeDataString(topic);
        }

        return page > 1 ? link + "&page=" + page : link;
    }

    public static string SearchLink(string query) => "/search?q=" + Uri.EscapeDataString(query);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";
}
