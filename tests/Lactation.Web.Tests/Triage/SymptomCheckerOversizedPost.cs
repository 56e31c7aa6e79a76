namespace Lactation.Web.Tests.Triage;

public sealed class SymptomCheckerOversizedPost(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    [Fact]
    public async Task AHugeFormIsRefusedAsTooLargeNotAServerError()
    {
        var client = factory.CreateClient();
        var fields = new List<KeyValuePair<string, string>> { new("temperature", new string('9', 100_000)) };

        var response = await client.PostAsync("/symptom-checker", new FormUrlEncodedContent(fields));

        // Kestrel answers 413 (RequestSizeLimit); the test server does not enforce body limits, so the page's
        // own check answers 400. Either way the parent sees a page, never a server error.
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains("<h1>", await response.Content.ReadAsStringAsync());
    }
}
