using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

/// <summary>The site's real articles, indexed once for the tests that compare the two ways of ranking.</summary>
public sealed class RealContentIndex : IAsyncLifetime
{
    public SearchIndexFixture Index { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Index = await SearchIndexFixture.FromFolderAsync(Path.Combine(Lactation.Tests.RepoRoot.Path, "content"));

    public async Task DisposeAsync() => await Index.DisposeAsync();
}

/// <summary>
/// Ranking in memory must give what FTS5's bm25 gives: the same articles with the same scores, to the last bit,
/// and so the same pages, facets, snippets and suggestions.
/// </summary>
public sealed class RankingSnapshotMatch(RealContentIndex real) : IClassFixture<RealContentIndex>
{
    /// <summary>The ranking table's questions and the benchmark's, with prefixes, synonyms, phrases and odd words.</summary>
    public static TheoryData<string> Queries =>
    [
        "hard lump boob hurts", "shirt soaked when baby cries", "letdown slow", "sad before letdown", "how many wet nappies",
        "diapers", "baby not getting enough milk", "white spot nipple", "milk blister", "pump settings sore", "flange size",
        "running mastitis", "can I run with mastitis", "sports bra", "pus lump", "phlegmon", "antibiotics not working",
        "hand express", "russian massage", "plugged duct", "how long does a clogged duct last", "milk ejection reflex",
        "nursing pads", "milk spraying", "galactocele", "ultrasound lump", "engorged", "sepsis signs",
        "inflammatory breast cancer", "inflammatory or bacterial", "breast", "let-down", "D-MER", "mastit", "expr",
        "fever red streaks", "can I exercise with mastitis", "breast breast", "fever 38", "café au lait",
        "galactocele sports bra zebra",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task EveryMatchScoresExactlyAsFts5Bm25(string text) =>
        await AssertScoresAsFts5Async(real.Index, await real.Index.SnapshotAsync(), text);

    [Fact]
    public async Task AfterEditsAnUpdatedSnapshotStillScoresExactlyAsFts5Bm25()
    {
        await using var index = await SearchIndexFixture.FromFolderAsync(Path.Combine(Lactation.Tests.RepoRoot.Path, "content"));
        var before = await index.SnapshotAsync();
        var articles = index.Location.ArticlesFolder;
        File.AppendAllText(Path.Combine(articles, "clogged-duct.md"), "\nA hard lump with a slow let-down and a milk bleb, pumping and hand expressing.\n");
        File.Delete(Path.Combine(articles, "d-mer.md"));
        index.Write("lump-clinic", "Lump clinic and breast ultrasound", "mastitis", "## In short\n\nWhere a hard lump is checked: ultrasound, galactocele, milk ejection reflex.");
        await index.Indexer.SyncAsync(CancellationToken.None);

        var after = before.Update(index.DatabaseFile, index.State.Generation, index.Synonyms.Current());

        Assert.NotNull(after);
        Assert.Equal(before.Articles, after.Articles);
        foreach (var text in Queries)
        {
            await AssertScoresAsFts5Async(index, after, text);
        }
    }

    [Fact]
    public async Task AnIndexRebuiltFromNothingIsReadInFull()
    {
        await using var index = await SearchIndexFixture.FromFolderAsync(Path.Combine(Lactation.Tests.RepoRoot.Path, "content"));
        var before = await index.SnapshotAsync();

        await index.Indexer.RebuildAsync(CancellationToken.None);
        var after = await index.SnapshotAsync();

        Assert.NotEqual(before.Rebuilds, after.Rebuilds);
        await AssertScoresAsFts5Async(index, after, "hard lump boob hurts");
    }

    private static async Task AssertScoresAsFts5Async(SearchIndexFixture index, RankingSnapshot snapshot, string text)
    {
        foreach (var mode in new[] { SearchMode.AllWords, SearchMode.AnyWord })
        {
            var query = SearchQuery.Parse(text, index.Synonyms.Current());
            var expected = await index.FtsScoresAsync(query.ToMatch(mode));

            var ranked = snapshot.Match(query, mode);

            Assert.NotNull(ranked);
            var actual = ranked.All().ToDictionary(r => r.RowId, r => r.Score);
            Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
            foreach (var (id, score) in expected)
            {
                Assert.True(score == actual[id], $"'{text}' ({mode}), article {id}: FTS5 {score:R}, in memory {actual[id]:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    [InlineData("skin-to-skin")]
    [InlineData("38.5 fever")]
    [InlineData("mastitsi")]
    [InlineData("galactosele")]
    public async Task ReadersGetTheSameResultsEitherWay(string text)
    {
        foreach (var topic in new string?[] { null, "mastitis" })
        {
            var fromFts = await real.Index.SearchWithFtsAsync(text, topic);
            var inMemory = await real.Index.SearchAsync(text, topic);

            Assert.Equal(fromFts.Total, inMemory.Total);
            Assert.Equal(fromFts.TotalAllTopics, inMemory.TotalAllTopics);
            Assert.Equal(fromFts.Suggestion, inMemory.Suggestion);
            Assert.Equal(fromFts.MatchedAnyWord, inMemory.MatchedAnyWord);
            Assert.Equal(fromFts.Facets.Select(f => (f.Id, f.Count)), inMemory.Facets.Select(f => (f.Id, f.Count)));
            for (var page = 1; page <= fromFts.PageCount; page++)
            {
                var a = page == 1 ? fromFts : await real.Index.SearchWithFtsAsync(text, topic, page);
                var b = page == 1 ? inMemory : await real.Index.SearchAsync(text, topic, page);
                Assert.Equal(
                    a.Hits.Select(h => (h.Slug, h.Title, h.Snippet, h.Score, string.Join('|', h.Topics))),
                    b.Hits.Select(h => (h.Slug, h.Title, h.Snippet, h.Score, string.Join('|', h.Topics))));
            }
        }
    }

    [Fact]
    public async Task APhraseThatIsNoSynonymIsLeftToFts5()
    {
        var snapshot = await real.Index.SnapshotAsync();

        var ranked = snapshot.Match(SearchQuery.Parse("skin-to-skin", real.Index.Synonyms.Current()), SearchMode.AllWords);

        Assert.Null(ranked);
        Assert.True((await real.Index.SearchAsync("skin-to-skin")).Total > 0);
    }
}
