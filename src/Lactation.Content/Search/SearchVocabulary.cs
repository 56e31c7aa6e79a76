using Lactation.Content.Index;

namespace Lactation.Content.Search;

/// <summary>An indexed word as written, and how many articles use it.</summary>
public sealed record VocabularyWord(string Word, int Articles);

/// <summary>
/// What the index holds, read once per change of the index (see <see cref="IndexState.Generation"/>), not once per
/// search: its own words, for "Did you mean", and which synonym variants no article uses.
/// </summary>
public sealed class SearchVocabulary(IndexState state)
{
    private volatile Snapshot? _snapshot;
    private volatile UnusedSnapshot? _unused;

    public async Task<IReadOnlyList<VocabularyWord>> WordsAsync(ContentDbContext db, CancellationToken ct)
    {
        var generation = state.Generation;
        if (_snapshot is { } snapshot && snapshot.Generation == generation)
        {
            return snapshot.Words;
        }

        var words = (await FtsIndex.WordsAsync(db, ct))
            .Where(w => IsWord(w.Word))
            .Select(w => new VocabularyWord(w.Word, w.Articles))
            .ToList();
        _snapshot = new Snapshot(generation, words);
        return words;
    }

    /// <summary>
    /// The synonym variants (as MATCH phrases) that no article contains. Searching without them finds and ranks the
    /// same articles, since a phrase no row has matches nothing and adds nothing to bm25, but FTS5 pays for every
    /// phrase on every matching row, and a phrase of common words ("blocked milk duct") is checked word by word
    /// wherever those words appear.
    /// </summary>
    public async Task<IReadOnlySet<string>> UnusedSynonymsAsync(ContentDbContext db, SynonymSet synonyms, CancellationToken ct)
    {
        var generation = state.Generation;
        if (_unused is { } snapshot && snapshot.Generation == generation && snapshot.Synonyms == synonyms)
        {
            return snapshot.Phrases;
        }

        var unused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in synonyms.Phrases.Select(p => p.ToMatch()))
        {
            if (!await FtsIndex.AnyAsync(db, phrase, ct))
            {
                unused.Add(phrase);
            }
        }

        _unused = new UnusedSnapshot(generation, synonyms, unused);
        return unused;
    }

    /// <summary>
    /// The word closest to <paramref name="typed"/>: at most one edit away for short words, two for longer ones;
    /// among equally close words, the one more articles use. Null when nothing is close enough.
    /// </summary>
    public static string? Closest(string typed, IEnumerable<VocabularyWord> words)
    {
        var max = typed.Length <= 4 ? 1 : 2;
        string? best = null;
        int bestDistance = max + 1, bestArticles = -1;
        foreach (var (word, articles) in words)
        {
            if (Math.Abs(word.Length - typed.Length) > max || word == typed)
            {
                continue;
            }

            var distance = EditDistance.DamerauLevenshtein(typed, word, max);
            if (distance < bestDistance
                || (distance == bestDistance && articles > bestArticles)
                || (distance == bestDistance && articles == bestArticles && string.CompareOrdinal(word, best) < 0))
            {
                (best, bestDistance, bestArticles) = (word, distance, articles);
            }
        }

        return bestDistance <= max ? best : null;
    }

    /// <summary>Only real words are worth suggesting: letters only, three or more.</summary>
    internal static bool IsWord(string word) => word.Length >= 3 && word.All(char.IsLetter);

    private sealed record Snapshot(long Generation, IReadOnlyList<VocabularyWord> Words);

    private sealed record UnusedSnapshot(long Generation, SynonymSet Synonyms, IReadOnlySet<string> Phrases);
}
