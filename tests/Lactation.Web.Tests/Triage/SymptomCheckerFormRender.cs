using Lactation.Content.Symptoms;
using Lactation.Web.Components;
using Lactation.Web.Triage;

namespace Lactation.Web.Tests.Triage;

public sealed class SymptomCheckerFormRender
{
    private static Task<AngleSharp.Dom.IDocument> RenderAsync(TriageForm form, Dictionary<string, string[]>? errors = null) =>
        StaticComponent.RenderAsync<SymptomCheckerForm>(new Dictionary<string, object?>
        {
            [nameof(SymptomCheckerForm.Form)] = form,
            [nameof(SymptomCheckerForm.Errors)] = errors ?? [],
        });

    [Fact]
    public async Task AsksRedFlagsFirstThenEachGroupInAFieldset()
    {
        var page = await RenderAsync(new TriageForm());

        var legends = page.QuerySelectorAll("fieldset > legend").Select(l => l.TextContent).ToList();
        Assert.Equal(
            [
                "Do you have any of these right now?", "What do you notice in your breast?", "About your breast symptoms",
                "How do you feel in yourself?", "Feeding, pumping and milk", "Your temperature (optional)", "More details (optional)",
                "Antibiotics", "You", "Your baby",
            ],
            legends);
        var boxes = page.QuerySelectorAll("input[type=checkbox][name=symptoms]").ToList();
        Assert.Equal(SymptomCatalog.All.Select(s => s.Id), boxes.Select(b => b.GetAttribute("value")));
        Assert.All(boxes, box => Assert.Equal(
            SymptomCatalog.Find(box.GetAttribute("value")!)!.Label,
            page.QuerySelector($"label[for='{box.Id}']")?.TextContent));
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Null(page.QuerySelector("[aria-invalid]"));
        Assert.Equal("submit", page.QuerySelector("button")?.GetAttribute("type"));
    }

    [Fact]
    public async Task DefaultsToCelsiusAndBreastfeedingWithNoTrendChosen()
    {
        var page = await RenderAsync(new TriageForm());

        Assert.Equal("C", page.QuerySelector("input[name=temperatureUnit][checked]")?.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("input[name=lactating][checked]")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("input[name=trend][checked]"));
        Assert.Null(page.QuerySelector("input[type=checkbox][checked]"));
    }

    [Fact]
    public async Task ShowsErrorsBesideTheirFieldsAndInASummaryThatLinksToThem()
    {
        var form = new TriageForm { Symptoms = ["breast_warm"], Temperature = "abc", Trend = "sideways", TemperatureUnit = "F", Lactating = "false" };

        var page = await RenderAsync(form, new()
        {
            ["trend"] = ["Choose whether it is improving, unchanged or worsening"],
            ["temperature"] = ["Enter your temperature as a number, like 38.2"],
            ["symptoms"] = ["We don't know the symptom \"x\"."],
        });

        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Equal("There is a problem", summary.QuerySelector("h2")?.TextContent);
        Assert.Equal(["#symptom-confusion", "#trend", "#temperature"], summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        var temperature = page.GetElementById("temperature")!;
        Assert.Equal("true", temperature.GetAttribute("aria-invalid"));
        Assert.Equal("temperature-hint temperature-error", temperature.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Enter your temperature as a number, like 38.2", page.GetElementById("temperature-error")?.TextContent);
        Assert.Equal("abc", temperature.GetAttribute("value"));

        var trend = page.QuerySelector("[role=radiogroup][aria-labelledby=trend-label]")!;
        Assert.Equal("true", trend.GetAttribute("aria-invalid"));
        Assert.Equal("trend-error", trend.GetAttribute("aria-describedby"));
        Assert.NotNull(page.GetElementById("trend"));

        Assert.Contains("symptoms-error", page.QuerySelector("fieldset")!.GetAttribute("aria-describedby")!.Split(' '));
        Assert.NotNull(page.GetElementById("symptoms-error"));

        // The answers are kept.
        Assert.NotNull(page.QuerySelector("#symptom-breast_warm[checked]"));
        Assert.NotNull(page.QuerySelector("input[name=temperatureUnit][value=F][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=lactating][value=false][checked]"));
        Assert.Null(page.QuerySelector("input[name=trend][checked]"));
        // Fields without errors are not marked.
        Assert.Null(page.GetElementById("hoursSinceOnset")?.GetAttribute("aria-invalid"));
        Assert.Equal("hoursSinceOnset-hint", page.GetElementById("hoursSinceOnset")?.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task EveryErrorLinkPointsAtAnElementOnTheForm()
    {
        var errors = TriageFields.All.ToDictionary(f => f, f => new[] { "Problem with " + f });
        errors["form"] = ["The page expired"];

        var page = await RenderAsync(new TriageForm(), errors);

        var links = page.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(TriageFields.All.Count + 1, links.Count);
        var all = page.All.ToList();
        var positions = links.Select(href => all.IndexOf(page.GetElementById(href[1..])!)).ToList();
        Assert.Equal(positions.Order(), positions); // the summary reads in the order the form asks
        Assert.All(links, href => Assert.NotNull(page.GetElementById(href[1..])));
        Assert.Equal("#check-button", links[^1]);
        foreach (var field in TriageFields.All)
        {
            Assert.NotNull(page.GetElementById(field + "-error"));
        }
    }
}
