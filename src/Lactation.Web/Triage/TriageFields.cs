using System.Text.Json;
using Lactation.Content.Symptoms;

namespace Lactation.Web.Triage;

/// <summary>The API's field names, which the checker form also uses as its input names.</summary>
public static class TriageFields
{
    public const string Symptoms = "symptoms";
    public const string Temperature = "temperature";
    public const string TemperatureUnit = "temperatureUnit";
    public const string HoursSinceOnset = "hoursSinceOnset";
    public const string Trend = "trend";
    public const string OnAntibiotics = "onAntibiotics";
    public const string AntibioticHours = "antibioticHours";
    public const string AntibioticCourseCompleted = "antibioticCourseCompleted";
    public const string DaysPostpartum = "daysPostpartum";
    public const string Lactating = "lactating";
    public const string LumpDays = "lumpDays";
    public const string InfantAgeDays = "infantAgeDays";
    public const string WetNappies24h = "wetNappies24h";
    public const string Stools24h = "stools24h";

    private static readonly string[] _all =
    [
        Symptoms, Temperature, TemperatureUnit, HoursSinceOnset, Trend, OnAntibiotics, AntibioticHours,
        AntibioticCourseCompleted, DaysPostpartum, Lactating, LumpDays, InfantAgeDays, WetNappies24h, Stools24h,
    ];

    /// <summary>The order the page asks them: how long and which way sits right under the breast symptoms.</summary>
    private static readonly string[] _formOrder =
    [
        Symptoms, HoursSinceOnset, Trend, Temperature, TemperatureUnit, OnAntibiotics, AntibioticHours,
        AntibioticCourseCompleted, Lactating, DaysPostpartum, LumpDays, InfantAgeDays, WetNappies24h, Stools24h,
    ];

    /// <summary>In the order the API documents them.</summary>
    public static IReadOnlyList<string> All => _all;

    /// <summary>Errors in the order the form asks the questions, so the error summary reads top to bottom.</summary>
    public static IEnumerable<KeyValuePair<string, string[]>> InFormOrder(IReadOnlyDictionary<string, string[]> errors) =>
        errors.OrderBy(e => Array.IndexOf(_formOrder, e.Key) is var i and >= 0 ? i : int.MaxValue);

    /// <summary>A symptom group's id in the API and the form: "red-flag", "breast", "body", "feeding".</summary>
    public static string GroupId(SymptomGroup group) => JsonNamingPolicy.KebabCaseLower.ConvertName(group.ToString());
}
