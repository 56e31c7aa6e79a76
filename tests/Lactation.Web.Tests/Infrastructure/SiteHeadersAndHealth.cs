using System.Net;

namespace Lactation.Web.Tests.Infrastructure;

public sealed class SiteHeadersAndHealth(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HealthIsOkOnceTheIndexIsBuilt()
    {
        var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthIsUnhealthyWhileTheIndexIsNotBuilt()
    {
        var check = new Lactation.Web.Infrastructure.IndexHealthCheck(new Lactation.Content.Index.IndexState());

        var result = await check.CheckHealthAsync(new());

        // Unhealthy maps to 503 in MapHealthChecks, so a load balancer sends no traffic before the index is ready.
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, result.Status);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/sore-breast-care")]
    [InlineData("/no-such-page")]
    public async Task EveryResponseCarriesStrictSecurityHeaders(string url)
    {
        var response = await _client.GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task StylesheetIsFingerprintedAndCachedForAYear()
    {
        var page = await _client.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.Matches(@"^/css/site\.css\?v=", href);

        var response = await _client.GetAsync(href);

        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }
}
