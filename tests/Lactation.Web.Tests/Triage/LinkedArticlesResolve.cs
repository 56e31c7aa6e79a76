using System.Net;
using Lactation.Content.Symptoms;

namespace Lactation.Web.Tests.Triage;

public sealed class LinkedArticlesResolve(RealContentWebFactory factory) : IClassFixture<RealContentWebFactory>
{
    public static TheoryData<string, string?> Links()
    {
        var links = new TheoryData<string, string?>();
        foreach (var link in SymptomRules.AllLinkedArticles)
        {
            links.Add(link.Slug, link.Anchor);
        }
        return links;
    }

    [Theory]
    [MemberData(nameof(Links))]
    public async Task EveryArticleTheCheckerLinksToExistsWithItsSection(string slug, string? anchor)
    {
        var response = await factory.CreateClient().GetAsync("/articles/" + slug);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (anchor is not null)
        {
            Assert.Contains($"id=\"{anchor}\"", await response.Content.ReadAsStringAsync());
        }
    }
}
