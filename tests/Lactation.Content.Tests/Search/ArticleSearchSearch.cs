using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

/// <summary>Search over a real index built by the real indexer: what a reader gets back, and what never leaks.</summary>
public sealed class ArticleSearchSearch
{
    private static readonly (string, string, string, string, bool)[] Library =
    [
        ("hard-lump", "A hard lump in the breast", "mastitis", "## In short\n\nA lump that is hard and sore. <script>alert('x')</script> is shown as text.", false),
        ("slow-let-down", "When let-down is slow", "let-down", "## In short\n\nThe let-down reflex can be slow when you are stressed.", false),
        ("leaking", "Leaking milk", "leakage, let-down", "## In short\n\nLeaking milk when your baby cries is normal. A lump is rare.", false),
        ("secret-draft", "A secret draft", "mastitis", "## Draft\n\nzanzibar lump", true),
    ];

    [Fact]
    public async Task SnippetEncodesArticleTextAndMarksMatches()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        var hit = Assert.Single((await index.SearchAsync("alert")).Hits);

        Assert.Contains("&lt;script&gt;<mark>alert</mark>(&#39;x&#39;)&lt;/script&gt;", hit.Snippet);
        Assert.DoesNotContain("<script", hit.Snippet);
    }

    [Fact]
    public async Task DraftsAreNeverFound()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        Assert.Equal(0, (await index.SearchAsync("zanzibar")).TotalAllTopics);
        Assert.DoesNotContain((await index.SearchAsync("lump")).Hits, h => h.Slug == "secret-draft");
    }

    [Fact]
    public async Task TitleMatchesRankFirstAndEachArticleOnce()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        var results = await index.SearchAsync("lump");

        Assert.Equal(["hard-lump", "leaking"], results.Hits.Select(h => h.Slug));
        Assert.True(results.Hits[0].Score > results.Hits[1].Score);
    }

    [Fact]
    public async Task FacetsCountEveryResultAndTheTopicFilterNarrowsTheList()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        var all = await index.SearchAsync("lump");
        var filtered = await index.SearchAsync("lump", topic: "leakage");

        Assert.Equal(1, all.Facets.Single(f => f.Id == "mastitis").Count);
        Assert.Equal(1, all.Facets.Single(f => f.Id == "leakage").Count);
        Assert.Equal(0, all.Facets.Single(f => f.Id == "pumping").Count);
        Assert.Equal(["leaking"], filtered.Hits.Select(h => h.Slug));
        Assert.Equal(1, filtered.Total);
        Assert.Equal(2, filtered.TotalAllTopics);
        Assert.Equal(all.Facets, filtered.Facets);
    }

    [Fact]
    public async Task MisspeltWordIsCorrectedFromTheIndexVocabulary()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        var results = await index.SearchAsync("leakign milk");

        Assert.Equal("leaking milk", results.Suggestion);
        Assert.Equal("leaking", results.Hits[0].Slug);
    }

    [Fact]
    public async Task NoArticleWithEveryWordFallsBackToAnyWord()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        var results = await index.SearchAsync("stressed cries");

        Assert.True(results.MatchedAnyWord);
        Assert.Equal(2, results.Total);
    }

    [Fact]
    public async Task EmptyQueryFindsNothingAndSaysSo()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        var results = await index.SearchAsync("  ");

        Assert.Empty(results.Hits);
        Assert.False(results.HasQuery);
    }

    [Fact]
    public async Task PagesBeyondTheLastAreEmpty()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        var results = await index.SearchAsync("lump", page: 5);

        Assert.Empty(results.Hits);
        Assert.Equal(2, results.Total);
    }

    [Fact]
    public async Task SynonymsFileChangesApplyToTheNextSearch()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);
        Assert.Equal(0, (await index.SearchAsync("boob")).TotalAllTopics);

        Directory.CreateDirectory(Path.GetDirectoryName(index.Synonyms.Path)!);
        await File.WriteAllTextAsync(index.Synonyms.Path, "boob, breast\n");

        Assert.Equal(["hard-lump"], (await index.SearchAsync("boob")).Hits.Select(h => h.Slug));
    }

    [Fact]
    public async Task ASynonymNoArticleUsedIsSearchedOnceAnArticleUsesIt()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);
        Directory.CreateDirectory(Path.GetDirectoryName(index.Synonyms.Path)!);
        await File.WriteAllTextAsync(index.Synonyms.Path, "lump, nodule\n");
        Assert.Equal(["hard-lump", "leaking"], (await index.SearchAsync("nodule")).Hits.Select(h => h.Slug));

        index.Write("nodule", "A nodule", "mastitis", "## In short\n\nA small nodule.");
        await index.Indexer.SyncAsync(CancellationToken.None);

        Assert.Contains("nodule", (await index.SearchAsync("lump")).Hits.Select(h => h.Slug));
    }

    [Fact]
    public async Task EditedAndDeletedArticlesLeaveNoSearchRowsBehind()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);

        index.Write("hard-lump", "A firm spot in the breast", "mastitis", "## In short\n\nNow about a firm spot.");
        index.Delete("leaking");
        await index.Indexer.SyncAsync(CancellationToken.None);

        Assert.Equal(0, (await index.SearchAsync("lump")).TotalAllTopics);
        Assert.Equal(["hard-lump"], (await index.SearchAsync("firm spot")).Hits.Select(h => h.Slug));
        Assert.Equal(2, await index.ScalarAsync("SELECT count(*) FROM article_search"));
        Assert.Equal(2, await index.ScalarAsync("SELECT count(*) FROM article_topics"));
        Assert.Equal(6, await index.ScalarAsync("SELECT count(*) FROM article_fts_padding"));
        Assert.Equal(0, await index.ScalarAsync("SELECT count(*) FROM article_words_vocab WHERE term = 'leaking'"));
    }
}
