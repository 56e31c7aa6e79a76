using Lactation.Content.Articles;

namespace Lactation.Content.Tests.Articles;

public sealed class ArticleParserParse
{
    private const string File = "articles/leaking-milk.md";

    [Fact]
    public void ReadsEveryFrontMatterField()
    {
        var result = ArticleParser.Parse(File, ArticleText.Valid());

        var article = Assert.IsType<Article>(result.Value);
        Assert.Equal("leaking-milk", article.Slug);
        Assert.Equal("Leaking milk", article.Title);
        Assert.Equal(["leakage"], article.Topics);
        Assert.Equal(new DateOnly(2026, 11, 1), article.Reviewed);
        Assert.Equal(new DateOnly(2027, 11, 1), article.NextReview);
        Assert.Equal("Lactation editorial team", article.Reviewer);
        Assert.Equal(2, article.Sources.Count);
        Assert.Equal("https://www.nhs.uk/conditions/mastitis/", article.Sources[1].Url);
        Assert.False(article.Draft);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void BuildsTableOfContentsFromSecondLevelHeadings()
    {
        var article = ArticleParser.Parse(File, ArticleText.Valid()).Value!;

        Assert.Equal([new TocEntry("in-short", "In short"), new TocEntry("what-helps", "What helps")], article.Toc);
        Assert.Contains("<h2 id=\"what-helps\">What helps</h2>", article.Html);
    }

    [Fact]
    public void PlainTextEndsHeadingsLikeSentencesForSnippets()
    {
        var article = ArticleParser.Parse(File, ArticleText.Valid()).Value!;

        Assert.Equal("In short.\nLeaking is normal.\nWhat helps.\nNursing pads help.", article.PlainText);
    }

    [Fact]
    public void SlugFieldOverridesTheFileName()
    {
        var article = ArticleParser.Parse(File, ArticleText.WithLine("title:", "title: Leaking\nslug: leaks-and-pads")).Value!;

        Assert.Equal("leaks-and-pads", article.Slug);
    }

    [Theory]
    [InlineData("title:", null, 1, "Missing required field 'title'")]
    [InlineData("description:", null, 1, "Missing required field 'description'")]
    [InlineData("description:", "description: Too short.", 3, "description must be 50-160 characters (it is 10)")]
    [InlineData("topics:", "topics: [leakage, cooking]", 4, "Unknown topic 'cooking'")]
    [InlineData("topics:", null, 1, "Missing required field 'topics'")]
    [InlineData("reviewed:", "reviewed: 1st November", 5, "Field 'reviewed' must be a date written YYYY-MM-DD")]
    [InlineData("reviewed:", "reviewed: 2026-13-01", 5, "must be a date written YYYY-MM-DD")]
    [InlineData("next_review:", "next_review: 2026-10-01", 6, "next_review must be after reviewed")]
    [InlineData("next_review:", "next_review: 2030-11-02", 6, "at most 3 years after reviewed")]
    [InlineData("reviewer:", null, 1, "Missing required field 'reviewer'")]
    [InlineData("title:", "title: [unclosed", 2, "Front matter is not valid YAML")]
    [InlineData("title:", "title: Leaking\nslug: Bad_Slug", 3, "Slug 'Bad_Slug' may use only a-z, 0-9")]
    [InlineData("title:", "title: Leaking\ndraft: maybe", 3, "Field 'draft' must be true or false")]
    [InlineData("title:", "title: Leaking\naliases: [old/path]", 3, "Alias 'old/path' must be a site path")]
    [InlineData("reviewer:", "reviewer: [a, b]", 7, "Field 'reviewer' must be a single line of text")]
    [InlineData("topics:", "topics: {a: b}", 4, "Field 'topics' must be a list")]
    [InlineData("description:", "description: \"unclosed", 3, "Front matter is not valid YAML")]
    [InlineData("    url: https://www.nhs.uk/conditions/mastitis/", "    url: not a url", 11, "needs a 'url' starting with https://")]
    public void RejectsBrokenFrontMatterNamingTheLine(string line, string? replacement, int expectedLine, string expectedMessage)
    {
        var result = ArticleParser.Parse(File, ArticleText.WithLine(line, replacement));

        Assert.Null(result.Value);
        var error = Assert.Single(result.Problems, p => p.IsError);
        Assert.Equal(File, error.File);
        Assert.Equal(expectedLine, error.Line);
        Assert.Contains(expectedMessage, error.Message);
    }

    [Theory]
    [InlineData("No front matter at all.\n", "the file must start with front matter")]
    [InlineData("---\ntitle: Never closed\n\nBody\n", "front matter")]
    [InlineData("---\n- just\n- a list\n---\nBody\n", "Front matter must be a list of 'field: value' lines")]
    public void RejectsFilesWithoutUsableFrontMatterOnLineOne(string text, string expectedMessage)
    {
        var result = ArticleParser.Parse(File, text);

        Assert.Null(result.Value);
        var error = Assert.Single(result.Problems);
        Assert.Contains(expectedMessage, error.Message);
    }

    [Fact]
    public void RendersRawHtmlAsText()
    {
        var article = ArticleParser.Parse(File, ArticleText.Compose(ArticleText.ValidFrontMatter, "<script>alert(1)</script>\n\nHi <b>there</b>")).Value!;

        Assert.DoesNotContain("<script>", article.Html);
        Assert.DoesNotContain("<b>", article.Html);
        Assert.Contains("&lt;script&gt;", article.Html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    public void NeutralisesScriptLinksAndWarns(string markdown)
    {
        var result = ArticleParser.Parse(File, ArticleText.Compose(ArticleText.ValidFrontMatter, markdown));

        Assert.DoesNotContain("script:", result.Value!.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", result.Value.Html);
        Assert.Contains(result.Problems, p => !p.IsError && p.Message.Contains("is not allowed"));
    }

    [Fact]
    public void DemotesAnH1InTheBodySoTheTitleStaysTheOnlyOne()
    {
        var result = ArticleParser.Parse(File, ArticleText.Compose(ArticleText.ValidFrontMatter, "# A second title"));

        Assert.DoesNotContain("<h1", result.Value!.Html);
        Assert.Contains(result.Problems, p => p.Line == 14 && p.Message.Contains("Use ## for sections"));
    }

    [Theory]
    [InlineData("emergency", "Emergency: call your local emergency number now (911 in the US, 999 in the UK, 112 in the EU)")]
    [InlineData("urgent", "Urgent: see a doctor or midwife today")]
    [InlineData("info", "Good to know")]
    public void RendersCareCardsWithAHeadingInWords(string kind, string heading)
    {
        var article = ArticleParser.Parse(File, ArticleText.Compose(ArticleText.ValidFrontMatter, $"## When to call\n\n::: {kind}\nCall now.\n:::")).Value!;

        Assert.Contains($"<div class=\"care-card care-card--{kind}\" role=\"note\">", article.Html);
        Assert.Contains($"<h3 class=\"care-card__title\">{heading}</h3>", article.Html);
        Assert.Contains("<p>Call now.</p>", article.Html);
    }

    [Fact]
    public void CareCardBeforeAnySectionHeadingIsAnH2()
    {
        var article = ArticleParser.Parse(File, ArticleText.Compose(ArticleText.ValidFrontMatter, "::: info\nHi.\n:::\n\n## Later")).Value!;

        Assert.Contains("<h2 class=\"care-card__title\">Good to know</h2>", article.Html);
    }

    [Theory]
    [InlineData("::: warning\nHi\n:::", "Unknown care card '::: warning'")]
    [InlineData("::: urgent\nNever closed", "Care card is not closed")]
    public void RejectsBrokenCareCards(string body, string message)
    {
        var result = ArticleParser.Parse(File, ArticleText.Compose(ArticleText.ValidFrontMatter, body));

        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.IsError && p.Line == 14 && p.Message.Contains(message));
    }

    [Fact]
    public void WarnsAboutUnknownFields()
    {
        var result = ArticleParser.Parse(File, ArticleText.WithLine("title:", "title: Leaking\ntittle: typo"));

        Assert.NotNull(result.Value);
        Assert.Contains(result.Problems, p => !p.IsError && p.Line == 3 && p.Message.Contains("Unknown field 'tittle'"));
    }
}
