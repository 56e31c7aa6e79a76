namespace Lactation.Content.Search;

public enum RedFlagKind
{
    /// <summary>A sign of serious illness (sepsis, breathing, collapse): check symptoms now, call if very unwell.</summary>
    Illness,

    /// <summary>Thoughts of self-harm or of harming the baby: urgent help from a person, now.</summary>
    MentalHealth,
}

/// <summary>A warning sign found in the reader's words, as listed below.</summary>
public sealed record RedFlag(string Phrase, RedFlagKind Kind);

/// <summary>
/// Words in a search that can mean the reader needs help now, not an article. The search page answers them with a
/// link to the symptom checker and the emergency numbers before any result. Matching is on whole words, with
/// plural and singular alike; it errs towards showing the card, which costs a reader nothing.
/// The list follows the red flags in docs/clinical-safety.md and the red-flags article.
/// </summary>
public static class RedFlags
{
    private static readonly (string Phrase, RedFlagKind Kind)[] Phrases =
    [
        ("fever", RedFlagKind.Illness),
        ("feverish", RedFlagKind.Illness),
        ("febrile", RedFlagKind.Illness),
        ("high temperature", RedFlagKind.Illness),
        ("chills", RedFlagKind.Illness),
        ("shivering", RedFlagKind.Illness),
        ("rigors", RedFlagKind.Illness),
        ("flu-like", RedFlagKind.Illness),
        ("red streaks", RedFlagKind.Illness),
        ("red streaking", RedFlagKind.Illness),
        ("red line", RedFlagKind.Illness),
        ("pus", RedFlagKind.Illness),
        ("sepsis", RedFlagKind.Illness),
        ("septic", RedFlagKind.Illness),
        ("confused", RedFlagKind.Illness),
        ("confusion", RedFlagKind.Illness),
        ("can't breathe", RedFlagKind.Illness),
        ("cant breathe", RedFlagKind.Illness),
        ("cannot breathe", RedFlagKind.Illness),
        ("can not breathe", RedFlagKind.Illness),
        ("breathless", RedFlagKind.Illness),
        ("short of breath", RedFlagKind.Illness),
        ("shortness of breath", RedFlagKind.Illness),
        ("difficulty breathing", RedFlagKind.Illness),
        ("struggling to breathe", RedFlagKind.Illness),
        ("chest pain", RedFlagKind.Illness),
        ("fainted", RedFlagKind.Illness),
        ("fainting", RedFlagKind.Illness),
        ("passed out", RedFlagKind.Illness),
        ("collapsed", RedFlagKind.Illness),
        ("blue lips", RedFlagKind.Illness),
        ("lips blue", RedFlagKind.Illness),
        ("mottled", RedFlagKind.Illness),
        ("seizure", RedFlagKind.Illness),
        ("unresponsive", RedFlagKind.Illness),
        ("very unwell", RedFlagKind.Illness),
        ("racing heart", RedFlagKind.Illness),
        ("heavy bleeding", RedFlagKind.Illness),
        ("thoughts of harming", RedFlagKind.MentalHealth),
        ("harming myself", RedFlagKind.MentalHealth),
        ("harm myself", RedFlagKind.MentalHealth),
        ("hurt myself", RedFlagKind.MentalHealth),
        ("hurting myself", RedFlagKind.MentalHealth),
        ("harm my baby", RedFlagKind.MentalHealth),
        ("hurt my baby", RedFlagKind.MentalHealth),
        ("harming my baby", RedFlagKind.MentalHealth),
        ("kill myself", RedFlagKind.MentalHealth),
        ("end my life", RedFlagKind.MentalHealth),
        ("suicide", RedFlagKind.MentalHealth),
        ("suicidal", RedFlagKind.MentalHealth),
        ("self-harm", RedFlagKind.MentalHealth),
    ];

    private static readonly (string[] Words, RedFlag Flag)[] Patterns = Phrases
        .Select(p => (SearchQuery.Tokenise(p.Phrase).SelectMany(t => t.Tokens).Select(SynonymSet.Normalise).ToArray(), new RedFlag(p.Phrase, p.Kind)))
        .DistinctBy(p => string.Join(' ', p.Item1))
        .ToArray();

    /// <summary>Every warning sign in the query, in list order, each once.</summary>
    public static IReadOnlyList<RedFlag> Find(SearchQuery query)
    {
        var words = query.Terms.SelectMany(t => t.Tokens).Select(SynonymSet.Normalise).ToArray();
        var found = new List<RedFlag>();
        foreach (var (pattern, flag) in Patterns)
        {
            for (var start = 0; start + pattern.Length <= words.Length; start++)
            {
                if (words.AsSpan(start, pattern.Length).SequenceEqual(pattern))
                {
                    found.Add(flag);
                    break;
                }
            }
        }

        return found;
    }
}
