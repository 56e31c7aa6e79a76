using System.Globalization;
using Lactation.Content.Symptoms;

namespace Lactation.Web.Triage;

/// <summary>One line of "Your answers": the question in short, and what the parent said, in words.</summary>
public sealed record AnswerLine(string Question, IReadOnlyList<string> Answer);

/// <summary>The answers read back in plain words, for the printable summary under a result.</summary>
public static class AnswerSummary
{
    public static IReadOnlyList<AnswerLine> For(TriageAnswers answers)
    {
        var ticked = SymptomCatalog.All.Where(s => answers.Symptoms.Contains(s.Id)).Select(s => s.Label).ToList();
        var lines = new List<AnswerLine>
        {
            new("Symptoms", ticked.Count > 0 ? ticked : ["None ticked"]),
        };

        void Add(string question, string? answer)
        {
            if (answer is not null)
            {
                lines.Add(new(question, [answer]));
            }
        }

        Add("Temperature", answers.Temperature is double t
            ? $"{t.ToString("0.0##", CultureInfo.InvariantCulture)} °{answers.TemperatureUnit?.Trim().ToUpperInvariant()}"
            : null);
        Add("Started", answers.HoursSinceOnset is int hours ? $"{Count(hours, "hour")} ago" : null);
        Add("Since it started", answers.Trend?.Trim().ToLowerInvariant() switch
        {
            "improving" => "Getting better",
            "unchanged" => "Staying the same",
            "worsening" => "Getting worse",
            _ => null,
        });
        Add("Antibiotics", (answers.OnAntibiotics, answers.AntibioticHours, answers.AntibioticCourseCompleted) switch
        {
            (true, int h, _) => $"Taking them, first dose {Count(h, "hour")} ago",
            (true, null, _) => "Taking them",
            (false, _, true) => "Finished a course",
            _ => null,
        });
        Add("Days since birth", answers.DaysPostpartum?.ToString(CultureInfo.InvariantCulture));
        Add("Breastfeeding or expressing", answers.Lactating ? "Yes" : "No");
        Add("Lump has lasted", answers.LumpDays is int lump ? Count(lump, "day") : null);
        Add("Baby's age", answers.InfantAgeDays is int age ? Count(age, "day") : null);
        Add("Wet nappies in the last 24 hours", answers.WetNappies24h?.ToString(CultureInfo.InvariantCulture));
        Add("Dirty nappies in the last 24 hours", answers.Stools24h?.ToString(CultureInfo.InvariantCulture));
        return lines;
    }

    private static string Count(int n, string unit) => $"{n.ToString(CultureInfo.InvariantCulture)} {unit}{(n == 1 ? "" : "s")}";
}
