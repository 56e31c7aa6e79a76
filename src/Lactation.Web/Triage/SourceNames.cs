using System.Text.RegularExpressions;

namespace Lactation.Web.Triage;

/// <summary>
/// The rules cite sources by the content brief's short codes ("AFP24", "S000"); this names them in full for the
/// "where this comes from" key under a result.
/// </summary>
public static class SourceNames
{
    private static readonly (string Code, string Name)[] _names =
    [
        ("ABM36", "Academy of Breastfeeding Medicine, Clinical Protocol #36: The Mastitis Spectrum (2022)"),
        ("ABM30", "Academy of Breastfeeding Medicine, Clinical Protocol #30: Breast Masses (2019)"),
        ("AFP24", "American Family Physician, Mastitis: Rapid Evidence Review (2024)"),
        ("CDC Hear Her", "US Centers for Disease Control and Prevention, Hear Her: urgent maternal warning signs"),
        ("CDC", "US Centers for Disease Control and Prevention"),
        ("NHS", "NHS website (nhs.uk): mastitis and sepsis"),
        ("HIGH", "NHS Highland mastitis pathway"),
        ("KERN", "NHS Kernow acute breast sepsis referral guidance"),
        ("LOTH", "NHS Lothian RefHelp: breast abscess"),
        ("UIHC", "University of Iowa Health Care: management of mastitis"),
        ("Mayo", "Mayo Clinic: mastitis"),
        ("MD Anderson", "MD Anderson Cancer Center: inflammatory breast cancer symptoms"),
        ("NAP", "Nappy guidance in the style of UNICEF UK (Breastfeeding Network)"),
        ("S000", "A breast-pump maker's guide to mastitis"),
        ("S002", "A breast-pump maker's guide to leaking milk"),
        ("S004", "A hospital article on the let-down reflex"),
        ("conservative", "Our own cautious choice, where the sources give no time limit"),
    ];

    /// <summary>The sources these citations mention, named in full, in the order first cited, each once.</summary>
    public static IReadOnlyList<(string Code, string Name)> In(IEnumerable<string> citations)
    {
        var found = new List<(string Code, string Name)>();
        foreach (var citation in citations)
        {
            var rest = citation;
            var matches = new List<(int Index, string Code, string Name)>();
            // Longest codes first, blanked once matched, so "CDC Hear Her" is not also read as "CDC".
            foreach (var (code, name) in _names.OrderByDescending(n => n.Code.Length))
            {
                var match = Regex.Match(rest, $@"\b{Regex.Escape(code)}\b");
                if (match.Success)
                {
                    matches.Add((match.Index, code, name));
                    rest = rest.Remove(match.Index, match.Length).Insert(match.Index, new string(' ', match.Length));
                }
            }
            foreach (var (_, code, name) in matches.OrderBy(m => m.Index))
            {
                if (!found.Any(f => f.Code == code))
                {
                    found.Add((code, name));
                }
            }
        }
        return found;
    }
}
