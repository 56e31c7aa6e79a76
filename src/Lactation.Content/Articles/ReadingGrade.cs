using System.Text.RegularExpressions;

namespace Lactation.Content.Articles;

/// <summary>
/// Flesch-Kincaid grade level of plain text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59,
/// with syllables counted by vowel groups (a silent final e dropped). An estimate for editors, not a judge.
/// </summary>
public static partial class ReadingGrade
{
    public static int CountWords(string text) => WordRegex().Count(text);

    public static double Of(string text)
    {
        var words = WordRegex().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        // Every line is a sentence too: headings and list items rarely end with a full stop.
        var sentences = Math.Max(1, SentenceRegex().Count(text));
        var syllables = words.Sum(Syllables);
        return Math.Round((0.39 * words.Count / sentences) + (11.8 * syllables / words.Count) - 15.59, 1);
    }

    internal static int Syllables(string word)
    {
        var w = NonLetterRegex().Replace(word.ToLowerInvariant(), string.Empty);
        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEndingRegex().Replace(w, string.Empty);
        w = w.TrimStart('y');
        return Math.Max(1, VowelGroupRegex().Count(w));
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"[.!?]+(\s|$)|\n+")]
    private static partial Regex SentenceRegex();

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NonLetterRegex();

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEndingRegex();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroupRegex();
}
