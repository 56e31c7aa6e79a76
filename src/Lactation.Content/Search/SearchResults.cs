using Lactation.Content.Articles;

namespace Lactation.Content.Search;

/// <summary>One article found: its snippet is HTML whose only markup is <c>mark</c> (see <see cref="SearchSnippet"/>).</summary>
public sealed record SearchHit(string Slug, string Title, string Snippet, IReadOnlyList<string> Topics, double Score)
{
    public string Url => "/articles/" + Slug;
}

/// <summary>A topic and how many of the results (before any topic filter) are in it.</summary>
public sealed record TopicFacet(string Id, string Title, int Count);

/// <summary>What a search found, with everything the page and the API show.</summary>
public sealed record SearchResults(
    SearchRequest Request,
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int TotalAllTopics,
    IReadOnlyList<TopicFacet> Facets,
    IReadOnlyList<RedFlag> RedFlags)
{
    public const int PageSize = 10;

    /// <summary>A corrected query ("mastitis" for "mastitsi"); when set, the results are for it.</summary>
    public string? Suggestion { get; init; }

    /// <summary>True when no article had every word, so these results have some of them.</summary>
    public bool MatchedAnyWord { get; init; }

    public int PageCount => (Total + PageSize - 1) / PageSize;

    public bool HasQuery => Request.Query.Length > 0;

    public static SearchResults Empty(SearchRequest request, IReadOnlyList<RedFlag> redFlags) =>
        new(request, [], 0, 0, Topics.All.Select(id => new TopicFacet(id, Topics.DefaultName(id), 0)).ToList(), redFlags);
}
