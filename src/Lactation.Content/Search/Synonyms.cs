using Lactation.Content.Index;

namespace Lactation.Content.Search;

/// <summary>A run of the query's words that is one of a synonym group's variants, and every variant of its groups.</summary>
public sealed record SynonymMatch(int Length, IReadOnlyList<SearchPhrase> Alternatives);

/// <summary>
/// Groups of words and phrases that mean the same to a reader ("letdown, let-down, milk ejection reflex").
/// Read from a plain text file an editor can extend: one group per line, variants separated by commas,
/// <c>#</c> starts a comment. A word in several groups gets the variants of all of them.
/// An abbreviation written in capitals ("MER") is understood when typed, but never searched for in place of the
/// other variants: as a word it also matches inside others ("D-MER").
/// </summary>
public sealed class SynonymSet
{
    private readonly Dictionary<string, List<(string[] Key, List<SearchPhrase> Alternatives)>> _byFirstWord;

    private SynonymSet(Dictionary<string, List<(string[] Key, List<SearchPhrase> Alternatives)>> byFirstWord, int groupCount, IReadOnlyList<SearchPhrase> variants)
    {
        _byFirstWord = byFirstWord;
        GroupCount = groupCount;
        Variants = variants;
    }

    public static SynonymSet None { get; } = Parse([]);

    public int GroupCount { get; }

    public static SynonymSet Parse(IEnumerable<string> lines)
    {
        var groups = new List<List<(string[] Tokens, bool Abbreviation)>>();
        foreach (var line in lines)
        {
            var content = line.Split('#', 2)[0];
            var variants = content.Split(',')
                .Select(v => (Tokens: SearchQuery.Tokenise(v).SelectMany(t => t.Tokens).ToArray(), Abbreviation: IsAbbreviation(v)))
                .Where(v => v.Tokens.Length > 0)
                .DistinctBy(v => string.Join(' ', v.Tokens))
                .ToList();
            if (variants.Count > 1)
            {
                groups.Add(variants);
            }
        }

        // Variant (by its normalised words) to the union of the phrases of every group it belongs to.
        var alternatives = new Dictionary<string, (string[] Key, List<SearchPhrase> Phrases)>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var phrases = group.Where(v => !v.Abbreviation).Select(v => new SearchPhrase(v.Tokens)).ToList();
            foreach (var (variant, _) in group)
            {
                var key = variant.Select(Normalise).ToArray();
                var id = string.Join(' ', key);
                if (!alternatives.TryGetValue(id, out var entry))
                {
                    entry = (key, []);
                    alternatives[id] = entry;
                }

                entry.Phrases.AddRange(phrases.Where(p => !entry.Phrases.Any(e => e.Tokens.SequenceEqual(p.Tokens))));
            }
        }

        var byFirstWord = alternatives.Values
            .GroupBy(v => v.Key[0], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(v => v.Key.Length).Select(v => (v.Key, v.Phrases)).ToList(),
                StringComparer.Ordinal);
        var written = groups.SelectMany(g => g).Select(v => new SearchPhrase(v.Tokens)).DistinctBy(p => string.Join(" ", p.Tokens)).ToList();
        return new SynonymSet(byFirstWord, groups.Count, written);
    }

    /// <summary>The longest variant that starts at <paramref name="start"/> in the query's words, if any.</summary>
    public SynonymMatch? Match(IReadOnlyList<string> words, int start)
    {
        if (!_byFirstWord.TryGetValue(Normalise(words[start]), out var candidates))
        {
            return null;
        }

        foreach (var (key, phrases) in candidates)
        {
            if (start + key.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < key.Length && matches; k++)
            {
                matches = Normalise(words[start + k]) == key[k];
            }

            if (matches)
            {
                return new SynonymMatch(key.Length, phrases);
            }
        }

        return null;
    }

    /// <summary>Every variant that is searched for (abbreviations are not), once each.</summary>
    public IEnumerable<SearchPhrase> Phrases => _byFirstWord.Values.SelectMany(v => v)
        .SelectMany(v => v.Alternatives).DistinctBy(p => string.Join(' ', p.Tokens));

    /// <summary>Every variant as written in the file, abbreviations too: what a reader may type.</summary>
    public IReadOnlyList<SearchPhrase> Variants { get; }

    /// <summary>Every single-word variant: words a spelling fix may offer even if no article uses them.</summary>
    public IEnumerable<string> Words => _byFirstWord.Values.SelectMany(v => v).Where(v => v.Key.Length == 1)
        .SelectMany(v => v.Alternatives).Where(p => p.Tokens.Count == 1).Select(p => p.Tokens[0]).Distinct(StringComparer.Ordinal);

    private static bool IsAbbreviation(string variant) =>
        variant.Any(char.IsLetter) && !variant.Any(char.IsLower);

    /// <summary>Plural and singular look the same to the lookup ("nappies" finds "nappy"), nothing more.</summary>
    internal static string Normalise(string word) => word switch
    {
        { Length: > 4 } when word.EndsWith("ies", StringComparison.Ordinal) => word[..^3] + "y",
        { Length: > 3 } when word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) => word[..^1],
        _ => word,
    };
}

/// <summary>
/// The synonyms file (<c>search/synonyms.txt</c> under the content root), re-read when it changes: each query
/// checks its time and size, which costs one file-system stat, so an editor's change applies to the next search.
/// </summary>
public sealed class SynonymFile(ContentLocation location)
{
    private readonly Lock _gate = new();
    private volatile Loaded? _loaded;

    public string Path => System.IO.Path.Combine(location.Root, "search", "synonyms.txt");

    public SynonymSet Current()
    {
        var info = new FileInfo(Path);
        if (!info.Exists)
        {
            return SynonymSet.None;
        }

        var loaded = _loaded;
        if (loaded is not null && loaded.Written == info.LastWriteTimeUtc && loaded.Length == info.Length)
        {
            return loaded.Set;
        }

        lock (_gate)
        {
            try
            {
                var set = SynonymSet.Parse(File.ReadAllLines(Path));
                _loaded = new Loaded(info.LastWriteTimeUtc, info.Length, set);
                return set;
            }
            catch (IOException)
            {
                // Mid-save: keep searching with the last good list; the next query tries again.
                return loaded?.Set ?? SynonymSet.None;
            }
        }
    }

    private sealed record Loaded(DateTime Written, long Length, SynonymSet Set);
}
