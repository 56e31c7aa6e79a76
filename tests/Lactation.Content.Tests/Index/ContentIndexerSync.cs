using Lactation.Content.Index;
using Lactation.Content.Tests.Articles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lactation.Content.Tests.Index;

/// <summary>The indexer against a real SQLite file in a temp folder.</summary>
public sealed class ContentIndexerSync : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("lactation-index-").FullName;
    private ContentIndexer _indexer = default!;
    private IDbContextFactory<ContentDbContext> _db = default!;

    private string Articles => Path.Combine(_root, "content", "articles");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Articles);
        Directory.CreateDirectory(Path.Combine(_root, "content", "topics"));
        var location = new ContentLocation(Path.Combine(_root, "content"), $"Data Source={Path.Combine(_root, "index.db")}");
        var options = new DbContextOptionsBuilder<ContentDbContext>().UseSqlite(location.IndexConnectionString).Options;
        _db = new PooledDbContextFactory<ContentDbContext>(options);
        _indexer = new ContentIndexer(_db, location, new IndexState(), TimeProvider.System, NullLogger<ContentIndexer>.Instance);
        await _indexer.EnsureCreatedAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task IndexesNewFilesAndTheirSearchRows()
    {
        Write("leaking-milk", ArticleText.Valid());
        Write("pads", ArticleText.WithLine("title:", "title: Nursing pads"));

        var report = await _indexer.SyncAsync(CancellationToken.None);

        Assert.Equal(2, report.Added);
        Assert.Equal(["leaking-milk", "pads"], await SlugsAsync());
        Assert.Equal(2, await FtsCountAsync());
    }

    [Fact]
    public async Task RereadsOnlyChangedFiles()
    {
        Write("leaking-milk", ArticleText.Valid());
        Write("pads", ArticleText.WithLine("title:", "title: Nursing pads"));
        await _indexer.SyncAsync(CancellationToken.None);

        Write("pads", ArticleText.WithLine("title:", "title: Nursing pads, revised"), DateTime.UtcNow.AddSeconds(5));
        var report = await _indexer.SyncAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0, 1), (report.Added, report.Updated, report.Removed, report.Unchanged));
        await using var db = await _db.CreateDbContextAsync();
        Assert.Equal("Nursing pads, revised", (await db.Articles.FindAsync("pads"))!.Title);
    }

    [Fact]
    public async Task RemovesDeletedFilesAndTheirSearchRows()
    {
        Write("leaking-milk", ArticleText.Valid());
        await _indexer.SyncAsync(CancellationToken.None);

        File.Delete(Path.Combine(Articles, "leaking-milk.md"));
        var report = await _indexer.SyncAsync(CancellationToken.None);

        Assert.Equal(1, report.Removed);
        Assert.Empty(await SlugsAsync());
        Assert.Equal(0, await FtsCountAsync());
    }

    [Fact]
    public async Task KeepsTheLastGoodVersionWhenAnEditBreaksTheFile()
    {
        Write("leaking-milk", ArticleText.Valid());
        await _indexer.SyncAsync(CancellationToken.None);

        Write("leaking-milk", ArticleText.WithLine("reviewed:", "reviewed: soon"), DateTime.UtcNow.AddSeconds(5));
        var report = await _indexer.SyncAsync(CancellationToken.None);

        var error = Assert.Single(report.Problems, p => p.IsError);
        Assert.Equal("articles/leaking-milk.md:5: error: Field 'reviewed' must be a date written YYYY-MM-DD, not 'soon'.", error.ToString());
        await using var db = await _db.CreateDbContextAsync();
        Assert.Equal("Leaking milk", (await db.Articles.FindAsync("leaking-milk"))!.Title);
        Assert.Equal(error.ToString(), (await db.SourceFiles.FindAsync("articles/leaking-milk.md"))!.Error);
    }

    [Fact]
    public async Task RefusesASecondFileClaimingTheSameSlug()
    {
        Write("leaking-milk", ArticleText.Valid());
        Write("zz-copy", ArticleText.WithLine("title:", "title: Copy\nslug: leaking-milk"));

        var report = await _indexer.SyncAsync(CancellationToken.None);

        Assert.Contains(report.Problems, p => p.File == "articles/zz-copy.md" && p.Message.Contains("already used by articles/leaking-milk.md"));
        await using var db = await _db.CreateDbContextAsync();
        Assert.Equal("articles/leaking-milk.md", (await db.Articles.FindAsync("leaking-milk"))!.SourceFile);
    }

    [Fact]
    public async Task KeepsDraftsOutOfSearch()
    {
        Write("leaking-milk", ArticleText.WithLine("title:", "title: Leaking\ndraft: true"));

        await _indexer.SyncAsync(CancellationToken.None);

        Assert.Equal(["leaking-milk"], await SlugsAsync());
        Assert.Equal(0, await FtsCountAsync());
    }

    [Fact]
    public async Task FollowsASlugChangeWithinOneFile()
    {
        Write("leaking-milk", ArticleText.Valid());
        await _indexer.SyncAsync(CancellationToken.None);

        Write("leaking-milk", ArticleText.WithLine("title:", "title: Leaking milk\nslug: leaks"), DateTime.UtcNow.AddSeconds(5));
        await _indexer.SyncAsync(CancellationToken.None);

        Assert.Equal(["leaks"], await SlugsAsync());
        Assert.Equal(1, await FtsCountAsync());
    }

    private void Write(string slug, string text, DateTime? modified = null)
    {
        var path = Path.Combine(Articles, slug + ".md");
        File.WriteAllText(path, text);
        if (modified is { } at)
        {
            File.SetLastWriteTimeUtc(path, at);
        }
    }

    private async Task<List<string>> SlugsAsync()
    {
        await using var db = await _db.CreateDbContextAsync();
        return await db.Articles.OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync();
    }

    private async Task<int> FtsCountAsync()
    {
        await using var db = await _db.CreateDbContextAsync();
        return await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM article_fts").SingleAsync();
    }
}
