using Lactation.Content.Symptoms;
using Lactation.Web.Components;
using Lactation.Web.Triage;

namespace Lactation.Web.Tests.Triage;

public sealed class TriageResultRender
{
    private static Task<AngleSharp.Dom.IDocument> RenderAsync(TriageAnswers answers, params ArticleReading[] articles) =>
        StaticComponent.RenderAsync<TriageResult>(new Dictionary<string, object?>
        {
            [nameof(TriageResult.Result)] = new CheckerResult(SymptomRules.Assess(answers), articles),
            [nameof(TriageResult.Answers)] = answers,
        });

    [Fact]
    public async Task EmergencyShowsTheRedCareCardWithTheEmergencyNumbers()
    {
        var page = await RenderAsync(
            new TriageAnswers { Symptoms = ["confusion", "breast_warm"] },
            new ArticleReading("red-flags-not-mastitis", "Red flags: when it is not mastitis", "/articles/red-flags-not-mastitis#sepsis-signs"));

        var result = page.QuerySelector("section.triage-result")!;
        Assert.Equal("emergency", result.GetAttribute("data-disposition"));
        var card = result.QuerySelector(".care-card.care-card--emergency")!;
        Assert.Equal("What to do now", card.QuerySelector("h3.care-card__title")?.TextContent);
        Assert.Equal(Disposition.Emergency.Headline(), card.QuerySelector(".triage-result__headline")?.TextContent);
        Assert.Contains("911", card.TextContent);
        Assert.Contains("999", card.TextContent);
        Assert.Contains("112", card.TextContent);
        Assert.Equal("Possible sepsis", result.QuerySelector(".triage-result__condition strong")?.TextContent);
        var advice = result.QuerySelectorAll(".triage-result__advice li").Select(li => li.TextContent).ToList();
        Assert.Equal(SymptomAdvice.CallNow, advice[0]);
        Assert.Contains(SymptomAdvice.KeepFeeding, advice);
        var reason = result.QuerySelector(".reason[data-rule=E1]")!;
        Assert.Contains("sign of sepsis", reason.QuerySelector(".reason__text")?.TextContent);
        Assert.Equal("Source: NHS sepsis", reason.QuerySelector(".reason__source")?.TextContent);
        var link = result.QuerySelector(".triage-result__reading a")!;
        Assert.Equal("/articles/red-flags-not-mastitis#sepsis-signs", link.GetAttribute("href"));
        Assert.Equal("Red flags: when it is not mastitis", link.TextContent);
        Assert.Contains("This is not a diagnosis", result.TextContent);
    }

    [Fact]
    public async Task SelfCareShowsTheGreenCardKeepFeedingAndTheSignsToWatchFor()
    {
        var page = await RenderAsync(new TriageAnswers { Symptoms = ["leaking"] });

        var result = page.QuerySelector("[data-disposition]")!;
        Assert.Equal("self-care", result.GetAttribute("data-disposition"));
        Assert.Null(result.QuerySelector(".care-card--emergency, .care-card--urgent"));
        var card = result.QuerySelector(".care-card--self-care")!;
        Assert.Equal("What to do now", card.QuerySelector(".care-card__title")?.TextContent);
        Assert.Equal(Disposition.SelfCare.Headline(), card.QuerySelector(".triage-result__headline")?.TextContent);
        var advice = result.QuerySelectorAll(".triage-result__advice li").Select(li => li.TextContent).ToList();
        Assert.Contains(SymptomAdvice.KeepFeeding, advice);
        Assert.Contains(SymptomAdvice.Leaking, advice);
        Assert.Equal("SC", result.QuerySelector(".reason")?.GetAttribute("data-rule"));
        Assert.Contains(result.QuerySelectorAll(".triage-result__watch li"), li => li.TextContent.Contains("Signs of sepsis"));
        Assert.Null(result.QuerySelector(".triage-result__reading")); // no articles given: no empty "What to read"
        Assert.Contains("This is not a diagnosis", result.TextContent);
    }

    [Theory]
    [InlineData("""localized_redness""", null, "care-card--urgent", "contact-24h")]
    [InlineData(null, 8, "care-card--info", "see-soon")]
    public async Task EachDispositionHasItsCardStyle(string? symptom, int? lumpDays, string cardClass, string disposition)
    {
        var page = await RenderAsync(new TriageAnswers { Symptoms = symptom is null ? [] : [symptom], LumpDays = lumpDays });

        Assert.Equal(disposition, page.QuerySelector("[data-disposition]")?.GetAttribute("data-disposition"));
        Assert.NotNull(page.QuerySelector("." + cardClass));
    }

    [Fact]
    public async Task SummarisesTheAnswersForPrinting()
    {
        var page = await RenderAsync(new TriageAnswers
        {
            Symptoms = ["breast_lump_tender", "chills_aches"],
            Temperature = 100.8,
            TemperatureUnit = "f",
            OnAntibiotics = true,
            AntibioticHours = 1,
            Lactating = false,
        });

        var rows = page.QuerySelectorAll("dl.answer-list .answer-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent, r => r.QuerySelectorAll("dd").Select(d => d.TextContent).ToList());
        Assert.Equal(["A firm, sore lump or hard area in the breast", "Chills, shivering or aching all over, like flu"], rows["Symptoms"]);
        Assert.Equal(["100.8 °F"], rows["Temperature"]);
        Assert.Equal(["Taking them, first dose 1 hour ago"], rows["Antibiotics"]);
        Assert.Equal(["No"], rows["Breastfeeding or expressing"]);
        Assert.Contains("print this page", page.QuerySelector(".triage-result__next")?.TextContent);
        Assert.Contains("no-print", page.QuerySelector(".triage-result__next")!.ClassList);
    }

    [Fact]
    public async Task NamesTheSourcesItCites()
    {
        var page = await RenderAsync(new TriageAnswers { Symptoms = [], Temperature = 38.1, TemperatureUnit = "C" });

        var codes = page.QuerySelectorAll("dl.source-list dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal(["NHS", "CDC", "Mayo", "S000"], codes);
    }
}
