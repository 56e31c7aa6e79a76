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

    private SearchIndexFixture()
    {
        Directory.CreateDirectory(Path.Combine(_root, "content", "articles"));
        Location = new ContentLocation(Path.Combine(_root, "content"), $"Data Source={Path.Combine(_root, "index.db")}");
        _contexts = new PooledDbContextFactory<ContentDbContext>(
            new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(Location.IndexConnectionString).Options);
        Indexer = new ContentIndexer(_contexts, Location, State, TimeProvider.System, NullLogger<ContentIndexer>.Instance);
        Synonyms = new SynonymFile(Location);
    }

    public ContentLocation Location { get; }

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

    public async Task<SearchResults> SearchAsync(string query, string? topic = null, int page = 1)
    {
        await using var db = await _contexts.CreateDbContextAsync();
        var search = new ArticleSearch(db, Synonyms, new SearchVocabulary(State), new SearchCache(State, Options.Create(new SearchOptions { CachedSearches = 0 })));
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
