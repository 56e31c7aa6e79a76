using Lactation.Content.Index;
using Lactation.Content.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lactation.Content.Tests.Search;

/// <summary>A temp content folder with a few articles, indexed into a temp SQLite file by the real indexer.</summary>
public sealed class SearchIndexFixture : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "lactation-search-" + Guid.NewGuid().ToString("N"));
    private readonly PooledDbContextFactory<ContentDbContext> _contexts;
    private readonly SearchRanking _inMemory;
    private readonly SearchRanking _ftsOnly;

    private SearchIndexFixture()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content", "articles"));
        Location = new ContentLocation(Path.Combine(_root, "content"), $"Data Source={Path.Combine(_root, "index.db")}");
        _contexts = new PooledDbContextFactory<ContentDbContext>(
            new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(Location.IndexConnectionString).Options);
        Indexer = new ContentIndexer(_contexts, Location, State, TimeProvider.System, NullLogger<ContentIndexer>.Instance);
        Synonyms = new SynonymFile(Location);
        _inMemory = new SearchRanking(Location, State, Options.Create(new SearchOptions()), NullLogger<SearchRanking>.Instance);
        _ftsOnly = new SearchRanking(Location, State, Options.Create(new SearchOptions { RankInMemory = false }), NullLogger<SearchRanking>.Instance);
    }

    public ContentLocation Location { get; }

    public string DatabaseFile => Path.Combine(_root, "index.db");

    public IndexState State { get; } = new();

    public ContentIndexer Indexer { get; }

    public SynonymFile Synonyms { get; }

    public static async Task<SearchIndexFixture> CreateAsync(params (string Slug, string Title, string Topics, string Body, bool Draft)[] articles)
    {
        var fixture = new SearchIndexFixture();
        foreach (var article in articles)
        {
            fixture.Write(article.Slug, article.Title, article.Topics, article.Body, article.Draft);
        }

        await fixture.Indexer.EnsureCreatedAsync(CancellationToken.None);
        await fixture.Indexer.SyncAsync(CancellationToken.None);
        return fixture;
    }

    /// <summary>A copy of a real content folder (articles, topics, synonyms), indexed.</summary>
    public static async Task<SearchIndexFixture> FromFolderAsync(string content)
    {
        var fixture = new SearchIndexFixture();
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(fixture.Location.Root, Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await fixture.Indexer.EnsureCreatedAsync(CancellationToken.None);
        await fixture.Indexer.SyncAsync(CancellationToken.None);
        return fixture;
    }

    /// <summary>The snapshot the in-memory ranking uses now, read first if need be.</summary>
    public async Task<RankingSnapshot> SnapshotAsync()
    {
        var synonyms = Synonyms.Current();
        await _inMemory.BuildAsync(synonyms, CancellationToken.None);
        return _inMemory.Current(synonyms) ?? throw new InvalidOperationException("No ranking snapshot after a build.");
    }

    /// <summary>Every match of a MATCH expression with FTS5's own score (<see cref="FtsIndex.Rank"/>), by id.</summary>
    public async Task<Dictionary<long, double>> FtsScoresAsync(string match)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, {FtsIndex.Rank} FROM article_fts WHERE article_fts MATCH $match";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$match";
        parameter.Value = match;
        command.Parameters.Add(parameter);
        var scores = new Dictionary<long, double>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            scores[reader.GetInt64(0)] = reader.GetDouble(1);
        }

        return scores;
    }

    public void Write(string slug, string title, string topics, string body, bool draft = false) =>
        File.WriteAllText(Path.Combine(Location.ArticlesFolder, slug + ".md"), $"""
            ---
            title: "{title}"
            description: A test article used by the search tests, long enough to pass the fifty character rule.
            topics: [{topics}]
            reviewed: 2026-10-01
            next_review: 2027-10-01
            reviewer: Test team
            draft: {(draft ? "true" : "false")}
            sources:
              - title: "NHS: Mastitis"
                url: https://www.nhs.uk/conditions/mastitis/
              - title: "NHS: Breastfeeding problems"
                url: https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/breastfeeding-problems/
            ---
            {body}
            """);

    public void Delete(string slug) => File.Delete(Path.Combine(Location.ArticlesFolder, slug + ".md"));

    /// <summary>Ranks in memory from an up-to-date snapshot, as the app does once it has read one.</summary>
    public async Task<SearchResults> SearchAsync(string query, string? topic = null, int page = 1)
    {
        await _inMemory.BuildAsync(Synonyms.Current(), CancellationToken.None);
        return await SearchAsync(_inMemory, query, topic, page);
    }

    /// <summary>Ranks every search with FTS5's bm25, row by row, as the app does until the snapshot is read.</summary>
    public Task<SearchResults> SearchWithFtsAsync(string query, string? topic = null, int page = 1) =>
        SearchAsync(_ftsOnly, query, topic, page);

    private async Task<SearchResults> SearchAsync(SearchRanking ranking, string query, string? topic, int page)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var search = new ArticleSearch(db, Synonyms, new SearchVocabulary(State), new SearchCache(State, Options.Create(new SearchOptions { CachedSearches = 0 })), ranking);
        return await search.SearchAsync(query, topic, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        _inMemory.Dispose();
        _ftsOnly.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
