using Lactation.Content.Index;
using Lactation.Content.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lactation.Content.Tests.Search;

/// <summary>A snapshot is only used for the index it was read from: an edit is searchable at once, never hidden by it.</summary>
public sealed class SearchRankingCurrent
{
    private static readonly (string, string, string, string, bool)[] Library =
    [
        ("hard-lump", "A hard lump in the breast", "mastitis", "## In short\n\nA lump that is hard and sore.", false),
        ("leaking", "Leaking milk", "leakage", "## In short\n\nLeaking milk when your baby cries is normal. A lump is rare.", false),
    ];

    [Fact]
    public async Task AnEditMakesTheSnapshotStaleUntilItIsReadAgain()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);
        using var ranking = new SearchRanking(index.Location, index.State, Options.Create(new SearchOptions()), NullLogger<SearchRanking>.Instance);
        var synonyms = index.Synonyms.Current();
        await ranking.BuildAsync(synonyms, CancellationToken.None);
        Assert.NotNull(ranking.Current(synonyms));

        index.Write("lump-clinic", "Lump clinic", "mastitis", "## In short\n\nWhere a lump is checked.");
        await index.Indexer.SyncAsync(CancellationToken.None);

        Assert.Null(ranking.Current(synonyms));
        var results = await index.SearchAsync("lump");
        Assert.Contains(results.Hits, h => h.Slug == "lump-clinic");
        Assert.Equal(3, results.Total);
    }

    [Fact]
    public async Task ADeletedArticleIsGoneFromTheNextSearch()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);
        Assert.Equal(2, (await index.SearchAsync("lump")).Total);

        index.Delete("leaking");
        await index.Indexer.SyncAsync(CancellationToken.None);

        Assert.Equal(["hard-lump"], (await index.SearchAsync("lump")).Hits.Select(h => h.Slug));
    }

    [Fact]
    public async Task ChangedSynonymsNeedANewSnapshot()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);
        using var ranking = new SearchRanking(index.Location, index.State, Options.Create(new SearchOptions()), NullLogger<SearchRanking>.Instance);
        await ranking.BuildAsync(index.Synonyms.Current(), CancellationToken.None);

        Assert.Null(ranking.Current(SynonymSet.Parse(["lump, knot"])));
    }

    [Fact]
    public async Task TurnedOffEverySearchIsRankedByFts5()
    {
        await using var index = await SearchIndexFixture.CreateAsync(Library);
        using var ranking = new SearchRanking(index.Location, index.State, Options.Create(new SearchOptions { RankInMemory = false }), NullLogger<SearchRanking>.Instance);
        await ranking.BuildAsync(index.Synonyms.Current(), CancellationToken.None);

        Assert.Null(ranking.Current(index.Synonyms.Current()));
    }
}

/// <summary>Words are looked up in memory as FTS5 indexes them, because FTS5 itself turns them into index terms.</summary>
public sealed class FtsStemmerStem
{
    [Fact]
    public void WordsBecomeTheTermsFts5Indexes()
    {
        using var stemmer = new FtsStemmer();

        var stems = stemmer.Stem(["hurts", "expressing", "nappies", "Café", "38", "mastitis"]);

        Assert.Equal(["hurt", "express", "nappi", "cafe", "38", "mastiti"], stems);
    }

    [Fact]
    public void AWordThatIsNotExactlyOneTermHasNoStem()
    {
        using var stemmer = new FtsStemmer();

        Assert.Equal([null, null, null], stemmer.Stem(["let-down", "it's", ""]));
    }

    [Fact]
    public void RememberedWordsGiveTheSameAnswer()
    {
        using var stemmer = new FtsStemmer();

        Assert.Equal(stemmer.Stem(["pumping", "pumps"]), stemmer.Stem(["pumps", "pumping"]).Reverse());
    }
}
