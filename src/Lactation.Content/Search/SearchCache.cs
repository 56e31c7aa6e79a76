using System.Collections.Concurrent;
using Lactation.Content.Index;
using Microsoft.Extensions.Options;

namespace Lactation.Content.Search;

/// <summary>
/// Recent searches and their results, valid until the index or the synonyms change. Parents ask the same few
/// questions, and in a large library a question with common words ranks thousands of articles: that is worth
/// doing once, not on every request, every page and every topic filter. Entries are keyed by the index
/// generation, so a changed article is never answered from a stale entry.
/// </summary>
public sealed class SearchCache(IndexState state, IOptions<SearchOptions> options)
{
    private readonly ConcurrentDictionary<Key, SearchResults> _results = new();

    /// <summary>The key for a search now: the caller reads it before searching, so a change during the search is not cached as current.</summary>
    internal Key KeyFor(SynonymSet synonyms, SearchRequest request) =>
        new(state.Generation, synonyms, request.Query, request.Topic, request.Page);

    internal bool TryGet(Key key, out SearchResults results) => _results.TryGetValue(key, out results!);

    internal void Add(Key key, SearchResults results)
    {
        var capacity = options.Value.CachedSearches;
        if (capacity <= 0)
        {
            return;
        }

        if (_results.Count >= capacity)
        {
            // Simpler than least-recently-used and good enough: a full cache starts over.
            _results.Clear();
        }

        _results[key] = results;
    }

    /// <summary>Synonyms compare by instance: the file loader makes a new set whenever the file changes.</summary>
    internal readonly record struct Key(long Generation, SynonymSet Synonyms, string Query, string? Topic, int Page);
}
