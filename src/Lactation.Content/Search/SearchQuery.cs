using System.Globalization;
using System.Text;

namespace Lactation.Content.Search;

/// <summary>One word as the reader typed it ("let-down", "can't"), and the tokens FTS5 sees in it.</summary>
public sealed record SearchTerm(string Text, IReadOnlyList<string> Tokens);

/// <summary>Words that must appear together, in order; <see cref="Prefix"/> lets the last one be unfinished.</summary>
public sealed record SearchPhrase(IReadOnlyList<string> Tokens, bool Prefix = false)
{
    /// <summary>The phrase as FTS5 query syntax: tokens are only letters and digits, so the quotes cannot be broken.</summary>
    public string ToMatch() => "\"" + string.Join(' ', Tokens) + "\"" + (Prefix ? "*" : string.Empty);
}

/// <summary>One part of the query: any of its alternatives will do (a word and its synonyms).</summary>
public sealed record SearchGroup(IReadOnlyList<SearchPhrase> Alternatives, bool FromSynonyms)
{
    /// <summary>The reader's own single word, when this group is just that: the only kind a spelling fix applies to.</summary>
    public string? SingleWord => !FromSynonyms && Alternatives is [{ Tokens: [var word] }] ? word : null;

    public string ToMatch() => Alternatives.Count == 1
        ? Alternatives[0].ToMatch()
        : "(" + string.Join(" OR ", Alternatives.Select(a => a.ToMatch())) + ")";
}

public enum SearchMode
{
    /// <summary>Every group must match: the first try.</summary>
    AllWords,

    /// <summary>Any group may match, ranked by bm25: the fallback when no article has every word.</summary>
    AnyWord,
}

/// <summary>
/// What a reader typed, turned into a safe FTS5 MATCH expression. User text never reaches MATCH as syntax: it is
/// split into words of letters and digits, and each word is double-quoted, so quotes, <c>*</c>, <c>NEAR</c>,
/// <c>AND</c>/<c>OR</c>/<c>NOT</c>, <c>:</c>, <c>^</c>, brackets, emoji and SQL are plain text or dropped.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>Longest query accepted, in characters; the web layer answers 400 above it.</summary>
    public const int MaxLength = 200;

    /// <summary>Enough for any real question; bounds the work a crafted query can ask for.</summary>
    private const int MaxTokens = 32;

    /// <summary>A shorter last word would expand to too many indexed words to be useful as a prefix.</summary>
    private const int MinPrefixLength = 3;

    /// <summary>Words that carry no meaning for ranking; dropped unless nothing else is left.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "is", "are", "was", "were", "be", "been", "am", "it", "its", "i", "im", "me", "my", "we", "our", "you", "your",
        "he", "she", "they", "them", "this", "that", "these", "those", "what", "when", "where", "why", "how", "which",
        "who", "do", "does", "did", "can", "could", "should", "would", "will", "so", "there", "than", "then", "too",
        "very", "just", "about", "have", "has", "had", "many", "much", "any", "some", "get", "getting", "s", "t",
    };

    private SearchQuery(string text, IReadOnlyList<SearchTerm> terms, IReadOnlyList<SearchGroup> groups)
    {
        Text = text;
        Terms = terms;
        Groups = groups;
    }

    public static SearchQuery Empty { get; } = new(string.Empty, [], []);

    /// <summary>The query as typed, trimmed, with control characters and runs of spaces collapsed.</summary>
    public string Text { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    public IReadOnlyList<SearchGroup> Groups { get; }

    public bool IsEmpty => Groups.Count == 0;

    /// <summary>Never throws, whatever the input: the worst case is an empty query.</summary>
    public static SearchQuery Parse(string? text, SynonymSet? synonyms = null)
    {
        var display = Tidy(text);
        var terms = Tokenise(display).ToList();
        if (terms.Count == 0)
        {
            return new SearchQuery(display, [], []);
        }

        var groups = Group(terms, synonyms ?? SynonymSet.None);
        var meaningful = groups.Where(g => !IsStopWord(g)).ToList();
        if (meaningful.Count > 0)
        {
            groups = meaningful;
        }

        if (groups[^1] is { FromSynonyms: false, Alternatives: [{ Tokens: var last }] } lastGroup
            && last[^1].Length >= MinPrefixLength && !IsStopWord(lastGroup))
        {
            groups[^1] = lastGroup with { Alternatives = [new SearchPhrase(last, Prefix: true)] };
        }

        return new SearchQuery(display, terms, groups);
    }

    /// <summary>The FTS5 MATCH expression; empty when there is nothing to search for.</summary>
    public string ToMatch(SearchMode mode = SearchMode.AllWords) =>
        string.Join(mode == SearchMode.AllWords ? " AND " : " OR ", Groups.Select(g => g.ToMatch()));

    /// <summary>
    /// The query without the synonym variants in <paramref name="unused"/> (MATCH phrases no article contains). A
    /// group whose variants are all unused keeps them, so it still matches nothing.
    /// </summary>
    public SearchQuery Without(IReadOnlySet<string> unused)
    {
        if (unused.Count == 0)
        {
            return this;
        }

        var groups = Groups.Select(group =>
            group.FromSynonyms && group.Alternatives.Where(a => !unused.Contains(a.ToMatch())).ToList() is { Count: > 0 } used
                ? group with { Alternatives = used }
                : group).ToList();
        return new SearchQuery(Text, Terms, groups);
    }

    /// <summary>The query with some words swapped (a spelling fix), as the reader would have typed it.</summary>
    public string Replace(IReadOnlyDictionary<string, string> words) =>
        string.Join(' ', Terms.Select(t => t.Tokens is [var only] && words.TryGetValue(only, out var better) ? better : t.Text));

    /// <summary>
    /// Splits text into words of letters and digits (any script), lower-cased. Apostrophes, hyphens, dots and
    /// underscores inside a word keep it one term ("let-down" is the phrase "let down"); anything else separates.
    /// </summary>
    public static IEnumerable<SearchTerm> Tokenise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var runes = text.EnumerateRunes().ToArray();
        var token = new StringBuilder();
        var tokens = new List<string>();
        var termStart = -1;
        var count = 0;
        for (var i = 0; i <= runes.Length && count < MaxTokens; i++)
        {
            var rune = i < runes.Length ? runes[i] : new Rune(' ');
            if (Rune.IsLetterOrDigit(rune) || (token.Length > 0 && IsMark(rune)))
            {
                termStart = termStart < 0 ? i : termStart;
                token.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }

            if (token.Length > 0)
            {
                tokens.Add(token.ToString());
                token.Clear();
                count++;
            }

            var joinsWord = IsJoiner(rune) && tokens.Count > 0 && i + 1 < runes.Length && Rune.IsLetterOrDigit(runes[i + 1]);
            if (!joinsWord && tokens.Count > 0)
            {
                var termText = string.Concat(runes[termStart..i].Select(r => Rune.ToLowerInvariant(r).ToString()));
                yield return new SearchTerm(termText, tokens.ToList());
                tokens.Clear();
                termStart = -1;
            }
        }

        if (tokens.Count > 0)
        {
            yield return new SearchTerm(string.Join('-', tokens), tokens.ToList());
        }
    }

    private static List<SearchGroup> Group(List<SearchTerm> terms, SynonymSet synonyms)
    {
        var tokens = terms.SelectMany((term, index) => term.Tokens.Select(token => (Token: token, Term: index))).ToList();
        var words = tokens.Select(t => t.Token).ToList();
        var groups = new List<SearchGroup>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (synonyms.Match(words, i) is { } found)
            {
                var typed = new SearchPhrase(words.GetRange(i, found.Length));
                var alternatives = found.Alternatives.Prepend(typed).DistinctBy(a => string.Join(' ', a.Tokens)).ToList();
                groups.Add(new SearchGroup(alternatives, FromSynonyms: true));
                i += found.Length;
                continue;
            }

            // The rest of this term, up to where a synonym starts, stays one phrase: "can't" is "can t".
            var end = i + 1;
            while (end < tokens.Count && tokens[end].Term == tokens[i].Term && synonyms.Match(words, end) is null)
            {
                end++;
            }

            groups.Add(new SearchGroup([new SearchPhrase(words.GetRange(i, end - i))], FromSynonyms: false));
            i = end;
        }

        return groups;
    }

    private static bool IsStopWord(SearchGroup group) => group.SingleWord is { } word && StopWords.Contains(word);

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsJoiner(Rune rune) => rune.Value is '-' or '\'' or '\u2019' or '.' or '_' or '\u2010' or '\u2011';

    private static string Tidy(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var tidy = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var blank = Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format;
            if (!blank)
            {
                tidy.Append(rune.ToString());
            }
            else if (tidy.Length > 0 && tidy[^1] != ' ')
            {
                tidy.Append(' ');
            }
        }

        return tidy.ToString().Trim();
    }
}
