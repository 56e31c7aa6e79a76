using System.Net;
using AngleSharp.Dom;
using Lactation.Content.Symptoms;
using Lactation.Web.Triage;

namespace Lactation.Web.Tests.Triage;

public sealed class SymptomCheckerPagePost(RealContentWebFactory factory) : IClassFixture<RealContentWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetShowsAPostFormWithTheApiFieldNamesAndRedFlagsFirst()
    {
        var page = await _client.GetDocumentAsync(CheckerForm.Path);

        Assert.Equal("Symptom checker", page.Text("h1"));
        Assert.Equal("Symptom checker | Lactation", page.Title);
        Assert.Null(page.QuerySelector("meta[name=robots]"));
        Assert.Contains("ambulance", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        var form = page.QuerySelector("form#checker-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Null(form.GetAttribute("action")); // posts back to itself: no answers in a URL
        var names = form.QuerySelectorAll("input[name]").Select(i => i.GetAttribute("name")!).Where(n => n != "__RequestVerificationToken").Distinct();
        Assert.Equal(TriageFields.All.Order(), names.Order());
        Assert.Equal("Do you have any of these right now?", form.QuerySelector("fieldset legend")?.TextContent);
        Assert.Equal(
            SymptomCatalog.InGroup(SymptomGroup.RedFlag).Select(s => s.Id),
            form.QuerySelectorAll("fieldset")[0].QuerySelectorAll("input[type=checkbox]").Select(i => i.GetAttribute("value")));
        Assert.Null(page.QuerySelector("[data-disposition]"));
        Assert.Null(page.QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task EveryInputHasALabel()
    {
        var page = await _client.GetDocumentAsync(CheckerForm.Path);

        foreach (var input in page.QuerySelectorAll("form#checker-form input:not([type=hidden])"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    [Fact]
    public async Task PostShowsTheResultWithReasonsAndWorkingArticleLinks()
    {
        var page = await CheckerForm.PostDocumentAsync(_client,
            CheckerForm.Symptom("localized_redness"), CheckerForm.Symptom("breast_warm"),
            ("temperature", "38.5"), ("temperatureUnit", "C"), ("hoursSinceOnset", "10"), ("trend", "unchanged"), ("lactating", "true"));

        var result = page.QuerySelector("[data-disposition]")!;
        Assert.Equal("urgent", result.GetAttribute("data-disposition"));
        Assert.Equal("Your result: Symptom checker | Lactation", page.Title);
        Assert.Contains(Disposition.Urgent.Headline(), result.QuerySelector(".care-card--urgent")?.TextContent);
        Assert.Equal("What to do now", result.QuerySelector(".care-card__title")?.TextContent);
        Assert.Contains("Inflammatory mastitis, possibly infected", result.TextContent);
        var reason = result.QuerySelector(".reason[data-rule=U1]")!;
        Assert.Contains("You have a fever of 38.0 °C (100.4 °F) or higher", reason.TextContent);
        Assert.Contains("Source: NHS, CDC; Mayo and S000 use 38.3", reason.TextContent);
        Assert.Contains(SymptomAdvice.KeepFeeding, result.TextContent);
        Assert.Contains("This is not a diagnosis", result.TextContent);

        var links = result.QuerySelectorAll(".triage-result__reading a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/articles/inflammatory-vs-bacterial-mastitis#when-to-call", links);
        foreach (var link in links)
        {
            var parts = link.Split('#');
            var response = await _client.GetAsync(parts[0]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (parts.Length > 1)
            {
                Assert.NotNull((await Html.ParseAsync(response)).GetElementById(parts[1]));
            }
        }
    }

    [Fact]
    public async Task EmergencyResultSaysToCallTheEmergencyNumber()
    {
        var page = await CheckerForm.PostDocumentAsync(_client, CheckerForm.Symptom("breathless"), ("lactating", "true"));

        var result = page.QuerySelector("[data-disposition]")!;
        Assert.Equal("emergency", result.GetAttribute("data-disposition"));
        var card = result.QuerySelector(".care-card--emergency")!;
        Assert.Contains("911", card.TextContent);
        Assert.Contains("999", card.TextContent);
        Assert.Contains("112", card.TextContent);
        Assert.NotNull(result.QuerySelector(".reason[data-rule=E1]"));
    }

    [Theory]
    [InlineData("100.4", "F", "urgent")]
    [InlineData("100.3", "F", "self-care")]
    [InlineData("38,0", "C", "urgent")]
    [InlineData(" 37.9 ", "C", "self-care")]
    public async Task ReadsTemperaturesInEitherUnit(string temperature, string unit, string disposition)
    {
        var page = await CheckerForm.PostDocumentAsync(_client, ("temperature", temperature), ("temperatureUnit", unit));

        Assert.Equal(disposition, page.QuerySelector("[data-disposition]")?.GetAttribute("data-disposition"));
    }

    [Fact]
    public async Task ResultReadsTheAnswersBackAndKeepsThemInTheFormBelow()
    {
        var page = await CheckerForm.PostDocumentAsync(_client,
            CheckerForm.Symptom("breast_lump_tender"), ("temperature", "37.2"), ("temperatureUnit", "C"),
            ("hoursSinceOnset", "12"), ("trend", "improving"), ("lactating", "true"), ("lumpDays", "2"),
            ("infantAgeDays", "20"), ("wetNappies24h", "7"), ("stools24h", "3"));

        Assert.Equal("self-care", page.QuerySelector("[data-disposition]")?.GetAttribute("data-disposition"));
        var answers = page.QuerySelectorAll(".answer-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent, r => string.Join(" | ", r.QuerySelectorAll("dd").Select(d => d.TextContent)));
        Assert.Equal("A firm, sore lump or hard area in the breast", answers["Symptoms"]);
        Assert.Equal("37.2 °C", answers["Temperature"]);
        Assert.Equal("12 hours ago", answers["Started"]);
        Assert.Equal("Getting better", answers["Since it started"]);
        Assert.Equal("2 days", answers["Lump has lasted"]);
        Assert.Equal("7", answers["Wet nappies in the last 24 hours"]);

        Assert.Equal("#checker-form", page.QuerySelector("[data-disposition] a.button")?.GetAttribute("href"));
        Assert.Equal("Change my answers", page.QuerySelector("[data-disposition] a.button")?.TextContent);
        var form = page.QuerySelector("form#checker-form")!;
        Assert.True(form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#symptom-breast_lump_tender")!.IsChecked);
        Assert.Equal("37.2", form.QuerySelector("#temperature")?.GetAttribute("value"));
        Assert.True(form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#trend")!.IsChecked);
        Assert.Equal("20", form.QuerySelector("#infantAgeDays")?.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task ResultIsNeverCachedAndAnswersStayOutOfTheUrl()
    {
        var response = await CheckerForm.PostAsync(_client, CheckerForm.Symptom("leaking"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(CheckerForm.Path, response.RequestMessage?.RequestUri?.PathAndQuery);
    }

    [Fact]
    public async Task ErrorsAreSummarisedLinkedToTheirFieldsAndTheAnswersKept()
    {
        var page = await CheckerForm.PostDocumentAsync(_client,
            CheckerForm.Symptom("localized_redness"), ("temperature", "abc"), ("temperatureUnit", "C"),
            ("hoursSinceOnset", "-3"), ("trend", "worsening"), ("infantAgeDays", "10"), ("wetNappies24h", "51"), ("lactating", "true"));

        Assert.Null(page.QuerySelector("[data-disposition]"));
        Assert.StartsWith("Error: ", page.Title);
        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Equal("There is a problem", summary.QuerySelector("h2")?.TextContent);
        var targets = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#hoursSinceOnset", "#temperature", "#wetNappies24h"], targets); // the order the page asks them
        foreach (var target in targets)
        {
            var input = page.GetElementById(target![1..])!;
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            var error = page.GetElementById(target[1..] + "-error")!;
            Assert.Contains(target[1..] + "-error", input.GetAttribute("aria-describedby")!.Split(' '));
            Assert.Equal("field-error", error.ClassName);
        }
        Assert.Contains("Enter your temperature as a number", page.Text("#temperature-error"));
        Assert.Equal("abc", page.QuerySelector("#temperature")?.GetAttribute("value"));
        Assert.Equal("-3", page.QuerySelector("#hoursSinceOnset")?.GetAttribute("value"));
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#symptom-localized_redness")!.IsChecked);
    }

    [Fact]
    public async Task RednessWithoutWhichWayItIsGoingIsNotCalledSelfCare()
    {
        var page = await CheckerForm.PostDocumentAsync(_client, CheckerForm.Symptom("localized_redness"), ("hoursSinceOnset", "30"));

        Assert.Equal("contact-24h", page.QuerySelector("[data-disposition]")?.GetAttribute("data-disposition"));
        Assert.NotNull(page.QuerySelector(".reason[data-rule=C1]"));
    }

    [Fact]
    public async Task AnEmergencySignWithNothingElseFilledInGetsTheEmergencyResult()
    {
        var page = await CheckerForm.PostDocumentAsync(_client, CheckerForm.Symptom("breathless"), CheckerForm.Symptom("localized_redness"));

        Assert.Equal("emergency", page.QuerySelector("[data-disposition]")?.GetAttribute("data-disposition"));
    }

    [Fact]
    public async Task AnEmergencySignStaysInViewWhenOtherAnswersNeedFixing()
    {
        var page = await CheckerForm.PostDocumentAsync(_client, CheckerForm.Symptom("confusion"), ("temperature", "450"), ("temperatureUnit", "C"));

        Assert.Null(page.QuerySelector("[data-disposition]"));
        var card = page.QuerySelector(".care-card--emergency.checker-red-flag-alert");
        Assert.NotNull(card);
        Assert.Contains("call your local emergency number now", card.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("temperature", "101", "temperatureUnit", "C", "#temperature", "choose °F")]
    [InlineData("temperature", "1e2", "temperatureUnit", "F", "#temperature", "as a number")]
    [InlineData("temperature", "38", "temperatureUnit", "K", "#temperatureUnit", "Choose °C or °F")]
    [InlineData("trend", "sideways", "lactating", "true", "#trend", "improving, unchanged or worsening")]
    [InlineData("symptoms", "made_up", "lactating", "true", "#symptom-confusion", "made_up")]
    [InlineData("antibioticHours", "30", "lactating", "true", "#onAntibiotics", "taking antibiotics")]
    [InlineData("infantAgeDays", "2.5", "lactating", "true", "#infantAgeDays", "whole number")]
    [InlineData("stools24h", "99999999999", "lactating", "true", "#stools24h", "whole number")]
    public async Task EachKindOfMistakeIsAFieldErrorNotA500(string name, string value, string otherName, string otherValue, string link, string message)
    {
        var page = await CheckerForm.PostDocumentAsync(_client, (name, value), (otherName, otherValue));

        var error = Assert.Single(page.QuerySelectorAll(".error-summary a"));
        Assert.Equal(link, error.GetAttribute("href"));
        Assert.Contains(message, error.TextContent);
        Assert.NotNull(page.QuerySelector(link));
    }

    [Fact]
    public async Task PostWithoutTheTokenIsA400ThatKeepsTheAnswers()
    {
        var response = await _client.PostAsync(CheckerForm.Path, new FormUrlEncodedContent(
            [KeyValuePair.Create("symptoms", "leaking"), KeyValuePair.Create("temperature", "37.5")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Null(page.QuerySelector("[data-disposition]"));
        Assert.Equal("#check-button", page.QuerySelector(".error-summary a")?.GetAttribute("href"));
        Assert.Contains("expired", page.Text(".error-summary"));
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#symptom-leaking")!.IsChecked);
        Assert.Equal("37.5", page.QuerySelector("#temperature")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("form#checker-form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task PostWithAForgedTokenIsA400()
    {
        await _client.GetAsync(CheckerForm.Path);

        var response = await _client.PostAsync(CheckerForm.Path, new FormUrlEncodedContent(
            [KeyValuePair.Create("symptoms", "leaking"), KeyValuePair.Create("__RequestVerificationToken", "forged")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
