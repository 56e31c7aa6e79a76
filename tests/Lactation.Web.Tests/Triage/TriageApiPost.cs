using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Lactation.Content.Symptoms;

namespace Lactation.Web.Tests.Triage;

public sealed class TriageApiPost(RealContentWebFactory factory) : IClassFixture<RealContentWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<HttpResponseMessage> PostJsonAsync(string json, string contentType = "application/json") =>
        _client.PostAsync("/api/triage", new StringContent(json, Encoding.UTF8, contentType));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task AnswersWithExactlyTheDocumentedFieldNames()
    {
        var response = await PostJsonAsync("""{"symptoms":["localized_redness","breast_warm"],"temperature":38.4,"temperatureUnit":"C","hoursSinceOnset":10}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await JsonAsync(response);
        Assert.Equal(["disposition", "headline", "likelyCondition", "reasons", "articles", "advice", "watchFor"], Names(json));
        Assert.Equal("urgent", json.GetProperty("disposition").GetString());
        Assert.Equal(Disposition.Urgent.Headline(), json.GetProperty("headline").GetString());
        Assert.Equal("Inflammatory mastitis, possibly infected", json.GetProperty("likelyCondition").GetString());

        var reason = Assert.Single(json.GetProperty("reasons").EnumerateArray());
        Assert.Equal(["ruleId", "text", "source"], Names(reason));
        Assert.Equal("U1", reason.GetProperty("ruleId").GetString());
        Assert.Equal("NHS, CDC; Mayo and S000 use 38.3", reason.GetProperty("source").GetString());

        var articles = json.GetProperty("articles").EnumerateArray().ToList();
        Assert.NotEmpty(articles);
        Assert.All(articles, a => Assert.Equal(["slug", "title", "url"], Names(a)));
        Assert.Equal("inflammatory-vs-bacterial-mastitis", articles[0].GetProperty("slug").GetString());
        Assert.Equal("Inflammatory or bacterial mastitis, and when to call", articles[0].GetProperty("title").GetString());
        Assert.Equal("/articles/inflammatory-vs-bacterial-mastitis#when-to-call", articles[0].GetProperty("url").GetString());

        Assert.Contains(SymptomAdvice.KeepFeeding, json.GetProperty("advice").EnumerateArray().Select(a => a.GetString()));
    }

    [Theory]
    [InlineData("""{"symptoms":["confusion"]}""", "emergency", "E1")]
    [InlineData("""{"symptoms":[],"temperature":38.0,"temperatureUnit":"C"}""", "urgent", "U1")]
    [InlineData("""{"symptoms":[],"temperature":100.4,"temperatureUnit":"F"}""", "urgent", "U1")]
    [InlineData("""{"symptoms":["localized_redness"],"hoursSinceOnset":30,"trend":"unchanged"}""", "contact-24h", "C1")]
    [InlineData("""{"symptoms":[],"lumpDays":7}""", "see-soon", "S1")]
    [InlineData("""{"symptoms":["leaking"],"temperature":37.9,"temperatureUnit":"C","lactating":true}""", "self-care", "SC")]
    public async Task ReachesEveryDisposition(string body, string disposition, string firstRule)
    {
        var response = await PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(disposition, json.GetProperty("disposition").GetString());
        Assert.Equal(firstRule, json.GetProperty("reasons")[0].GetProperty("ruleId").GetString());
        Assert.Contains(SymptomAdvice.KeepFeeding, json.GetProperty("advice").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task ArticleLinksOpenRealPages()
    {
        var json = await JsonAsync(await PostJsonAsync("""{"symptoms":["skin_mottled_blue","breast_lump_tender","nipple_pain_pumping"]}"""));

        var urls = json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("url").GetString()!).ToList();
        Assert.Contains("/articles/red-flags-not-mastitis#sepsis-signs", urls);
        foreach (var url in urls)
        {
            var response = await _client.GetAsync(url.Split('#')[0]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task AcceptsUtf8WithAByteOrderMark()
    {
        var content = new ByteArrayContent([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("""{"symptoms":["leaking"]}""")]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        var response = await _client.PostAsync("/api/triage", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ResultIsNeverCached()
    {
        var response = await PostJsonAsync("""{"symptoms":["leaking"]}""");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("""{"symptoms": [""", "body")]
    [InlineData("""{"symptoms": []""", "body")]
    [InlineData("""{symptoms: []}""", "body")]
    [InlineData("""[]""", "body")]
    [InlineData("""null""", "body")]
    [InlineData("""38.5""", "body")]
    [InlineData("", "body")]
    [InlineData("""{}""", "symptoms")]
    [InlineData("""{"symptoms":null}""", "symptoms")]
    [InlineData("""{"symptoms":"breast_warm"}""", "symptoms")]
    [InlineData("""{"symptoms":[1]}""", "symptoms")]
    [InlineData("""{"symptoms":["no_such_symptom"]}""", "symptoms")]
    [InlineData("""{"symptoms":[],"temperature":"hot","temperatureUnit":"C"}""", "temperature")]
    [InlineData("""{"symptoms":[],"temperature":"38.5","temperatureUnit":"C"}""", "temperature")]
    [InlineData("""{"symptoms":[],"temperature":43.1,"temperatureUnit":"C"}""", "temperature")]
    [InlineData("""{"symptoms":[],"temperature":33.9,"temperatureUnit":"C"}""", "temperature")]
    [InlineData("""{"symptoms":[],"temperature":92,"temperatureUnit":"F"}""", "temperature")]
    [InlineData("""{"symptoms":[],"temperature":110.1,"temperatureUnit":"F"}""", "temperature")]
    [InlineData("""{"symptoms":[],"temperature":38.5}""", "temperatureUnit")]
    [InlineData("""{"symptoms":[],"temperature":38.5,"temperatureUnit":"K"}""", "temperatureUnit")]
    [InlineData("""{"symptoms":[],"temperatureUnit":1}""", "temperatureUnit")]
    [InlineData("""{"symptoms":[],"hoursSinceOnset":24.5}""", "hoursSinceOnset")]
    [InlineData("""{"symptoms":[],"hoursSinceOnset":"24"}""", "hoursSinceOnset")]
    [InlineData("""{"symptoms":[],"hoursSinceOnset":-1}""", "hoursSinceOnset")]
    [InlineData("""{"symptoms":[],"hoursSinceOnset":2161}""", "hoursSinceOnset")]
    [InlineData("""{"symptoms":[],"hoursSinceOnset":99999999999}""", "hoursSinceOnset")]
    [InlineData("""{"symptoms":[],"trend":"bad"}""", "trend")]
    [InlineData("""{"symptoms":[],"onAntibiotics":"yes"}""", "onAntibiotics")]
    [InlineData("""{"symptoms":[],"antibioticHours":-5,"onAntibiotics":true}""", "antibioticHours")]
    [InlineData("""{"symptoms":[],"antibioticCourseCompleted":1}""", "antibioticCourseCompleted")]
    [InlineData("""{"symptoms":[],"daysPostpartum":2161}""", "daysPostpartum")]
    [InlineData("""{"symptoms":[],"lactating":"no"}""", "lactating")]
    [InlineData("""{"symptoms":[],"lumpDays":-1}""", "lumpDays")]
    [InlineData("""{"symptoms":[],"infantAgeDays":[3]}""", "infantAgeDays")]
    [InlineData("""{"symptoms":[],"wetNappies24h":51}""", "wetNappies24h")]
    [InlineData("""{"symptoms":[],"stools24h":{"count":2}}""", "stools24h")]
    [InlineData("""{"symptoms":[],"temprature":39}""", "temprature")]
    [InlineData("""{"symptoms":[],"Temperature":39}""", "Temperature")]
    [InlineData("""{"symptoms":[],"temperature":37,"temperature":39,"temperatureUnit":"C"}""", "temperature")]
    [InlineData("""{"symptoms":[[[[[[[[[["deep"]]]]]]]]]]}""", "body")]
    public async Task BadInputIsA400ProblemNamingTheField(string body, string field)
    {
        var response = await PostJsonAsync(body);

        await AssertProblemAsync(response, field);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task WrongContentTypeIsA400Problem(string contentType)
    {
        var response = await PostJsonAsync("""{"symptoms":["leaking"]}""", contentType);

        await AssertProblemAsync(response, "body");
    }

    [Fact]
    public async Task MissingBodyIsA400Problem()
    {
        var response = await _client.PostAsync("/api/triage", content: null);

        await AssertProblemAsync(response, "body");
    }

    [Fact]
    public async Task OversizedBodyIsA400Problem()
    {
        var symptoms = string.Join(",", Enumerable.Repeat("\"leaking\"", 2000));

        var response = await PostJsonAsync($$"""{"symptoms":[{{symptoms}}]}""");

        await AssertProblemAsync(response, "body");
    }

    [Fact]
    public async Task OversizedChunkedBodyWithoutLengthIsA400Problem()
    {
        var bytes = Encoding.UTF8.GetBytes($$"""{"symptoms":[{{string.Join(",", Enumerable.Repeat("\"leaking\"", 2000))}}]}""");
        var content = new StreamContent(new NoLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/api/triage", content);

        await AssertProblemAsync(response, "body");
    }

    [Fact]
    public async Task ListsEveryBadFieldAtOnce()
    {
        var response = await PostJsonAsync("""{"symptoms":["nope"],"temperature":"hot","trend":"bad","stools24h":51,"extra":true}""");

        var errors = (await AssertProblemAsync(response, "symptoms")).GetProperty("errors");
        Assert.Equal(["extra", "stools24h", "symptoms", "temperature", "trend"], Names(errors).Order());
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        return problem;
    }

    /// <summary>A body the client cannot measure, so it is sent chunked with no Content-Length.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
