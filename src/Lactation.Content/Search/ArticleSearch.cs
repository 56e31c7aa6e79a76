using Lactation.Content.Articles;
using Lactation.Content.Index;

namespace Lactation.Content.Search;

/// <summary>
/// How search ranks: every word (or one of its synonyms) must match, ranked by bm25 with the title worth most,
/// then headings, description and body. When nothing matches, a word no article uses is swapped for the
/// closest indexed word ("Did you mean"), and if still nothing has every word, any word will do.
/// </summary>
public sealed class ArticleSearch(ContentDbContext db, SynonymFile synonymFile, SearchVocabulary vocabulary, SearchCache cache, SearchRanking ranking)
{
    /// <summary>Checks the raw values first; bad ones throw <see cref="SearchInputException"/>.</summary>
    public Task<SearchResults> SearchAsync(string? query, string? topic = null, string? page = null, CancellationToken ct = default) =>
        SearchAsync(SearchRequest.Parse(query, topic, page), ct);

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var synonyms = synonymFile.Current();
        var key = cache.KeyFor(synonyms, request);
        if (cache.TryGet(key, out var cached))
        {
            return cached;
        }

        var results = await RunAsync(request, synonyms, ct);
        cache.Add(key, results);
        return results;
    }

    private async Task<SearchResults> RunAsync(SearchRequest request, SynonymSet synonyms, CancellationToken ct)
    {
        var query = SearchQuery.Parse(request.Query, synonyms);
        var redFlags = RedFlags.Find(query);
        if (query.IsEmpty)
        {
            return SearchResults.Empty(request, redFlags);
        }

        var unused = await vocabulary.UnusedSynonymsAsync(db, synonyms, ct);
        var snapshot = ranking.Current(synonyms);
        var matches = await MatchAsync(snapshot, query.Without(unused), SearchMode.AllWords, ct);
        string? suggestion = null;
        var anyWord = false;
        if (matches.Counts.Count == 0)
        {
            var fixes = await SpellingFixesAsync(query, synonyms, ct);
            if (fixes.Count > 0)
            {
                suggestion = query.Replace(fixes);
                query = SearchQuery.Parse(suggestion, synonyms);
                matches = await MatchAsync(snapshot, query.Without(unused), SearchMode.AllWords, ct);
            }

            if (matches.Counts.Count == 0 && query.Groups.Count > 1)
            {
                matches = await MatchAsync(snapshot, query.Without(unused), SearchMode.AnyWord, ct);
                anyWord = matches.Counts.Count > 0;
            }
        }

        var counts = matches.Counts;
        var facets = Topics.All
            .Select(id => new TopicFacet(id, Topics.DefaultName(id), counts.Where(c => c.Topics.Contains("|" + id + "|", StringComparison.Ordinal)).Sum(c => c.Count)))
            .ToList();
        var totalAll = counts.Sum(c => c.Count);
        var total = request.Topic is { } topic ? facets.Single(f => f.Id == topic).Count : totalAll;
        var offset = (long)(request.Page - 1) * SearchResults.PageSize;
        var hits = offset < total
            ? await PageAsync(matches, request.Topic is null ? null : "|" + request.Topic + "|", offset, ct)
            : [];

        return new SearchResults(request, hits, total, totalAll, facets, redFlags) { Suggestion = suggestion, MatchedAnyWord = anyWord };
    }

    /// <summary>The matches, ranked in memory when the snapshot can, else by FTS5; the same either way.</summary>
    private async Task<Matches> MatchAsync(RankingSnapshot? snapshot, SearchQuery query, SearchMode mode, CancellationToken ct)
    {
        var match = query.ToMatch(mode);
        return snapshot?.Match(query, mode) is { } ranked
            ? new Matches(match, ranked.CountByTopics(), ranked)
            : new Matches(match, await FtsIndex.CountByTopicsAsync(db, match, ct), null);
    }

    private async Task<List<SearchHit>> PageAsync(Matches matches, string? topicKey, long offset, CancellationToken ct)
    {
        var page = matches.Ranked?.Page(topicKey, SearchResults.PageSize, offset)
            ?? await FtsIndex.PageAsync(db, matches.Match, topicKey, SearchResults.PageSize, offset, ct);
        var snippets = await FtsIndex.SnippetsAsync(db, matches.Match, [.. page.Select(p => p.RowId)], ct);

        // An article gone from the index since the page was ranked has no row: it is left out.
        return [.. page.Where(p => snippets.ContainsKey(p.RowId)).Select(p => ToHit(p, snippets[p.RowId]))];
    }

    /// <summary>For each word no article uses, the closest word that some article does (or a synonym's word).</summary>
    private async Task<Dictionary<string, string>> SpellingFixesAsync(SearchQuery query, SynonymSet synonyms, CancellationToken ct)
    {
        var fixes = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<VocabularyWord>? words = null;
        foreach (var group in query.Groups)
        {
            if (group.SingleWord is not { } word || !SearchVocabulary.IsWord(word) || await FtsIndex.AnyAsync(db, group.ToMatch(), ct))
            {
                continue;
            }

            words ??= [.. await vocabulary.WordsAsync(db, ct), .. synonyms.Words.Select(w => new VocabularyWord(w, 0))];
            if (SearchVocabulary.Closest(word, words) is { } closest)
            {
                fixes[word] = closest;
            }
        }

        return fixes;
    }

    private sealed record Matches(string Match, IReadOnlyList<(string Topics, int Count)> Counts, RankingSnapshot.RankedMatches? Ranked);

    private static SearchHit ToHit(FtsIndex.RankedArticle article, FtsIndex.SnippetRow text) => new(
        article.Slug,
        text.Title,
        SearchSnippet.ToHtml(SearchSnippet.HasMatch(text.BodySnippet) ? text.BodySnippet : text.DescriptionSnippet),
        article.Topics.Split('|', StringSplitOptions.RemoveEmptyEntries),
        Math.Round(-article.Score, 3));
}
