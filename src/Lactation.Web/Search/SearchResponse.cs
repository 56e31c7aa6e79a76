using Lactation.Content.Search;

namespace Lactation.Web.Search;

/// <summary>The JSON of <c>GET /api/search</c>: query, total, suggestion and results first, as documented; the rest is extra.</summary>
public sealed record SearchResponse(string Query, int Total, string? Suggestion, IReadOnlyList<SearchResponseHit> Results)
{
    public int Page { get; init; }

    public int PageCount { get; init; }

    public bool MatchedAnyWord { get; init; }

    /// <summary>Every topic with its count over all results, before the topic filter.</summary>
    public IReadOnlyList<SearchResponseFacet> Facets { get; init; } = [];

    /// <summary>Warning signs in the query: a client should show the emergency advice when this is not empty.</summary>
    public IReadOnlyList<string> RedFlags { get; init; } = [];

    public static SearchResponse From(SearchResults results) =>
        new(
            results.Request.Query,
            results.Total,
            results.Suggestion,
            results.Hits.Select(h => new SearchResponseHit(h.Slug, h.Title, h.Url, h.Snippet, h.Topics, h.Score)).ToList())
        {
            Page = results.Request.Page,
            PageCount = results.PageCount,
            MatchedAnyWord = results.MatchedAnyWord,
            Facets = results.Facets.Select(f => new SearchResponseFacet(f.Id, f.Title, f.Count)).ToList(),
            RedFlags = results.RedFlags.Select(f => f.Phrase).ToList(),
        };
}

/// <summary>One result; <see cref="Snippet"/> is HTML whose only markup is <c>mark</c>.</summary>
public sealed record SearchResponseHit(string Slug, string Title, string Url, string Snippet, IReadOnlyList<string> Topics, double Score);

public sealed record SearchResponseFacet(string Topic, string Title, int Count);
