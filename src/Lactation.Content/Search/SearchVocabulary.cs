using Lactation.Content.Index;

namespace Lactation.Content.Search;

/// <summary>An indexed word as written, and how many articles use it.</summary>
public sealed record VocabularyWord(string Word, int Articles);

/// <summary>
/// The index's own words, for "Did you mean": read from <c>article_words_vocab</c> once per change of the index
/// (see <see cref="IndexState.Generation"/>), not once per search.
/// </summary>
public sealed class SearchVocabulary(IndexState state)
{
    private volatile Snapshot? _snapshot;

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
}
