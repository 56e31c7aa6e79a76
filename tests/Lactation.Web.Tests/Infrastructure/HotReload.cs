using System.Net;
using Lactation.Content.Index;
using Microsoft.Extensions.DependencyInjection;

namespace Lactation.Web.Tests.Infrastructure;

/// <summary>The editor's loop: a saved file shows on the site within 2 seconds, and a broken one takes nothing down.</summary>
public sealed class HotReload : IDisposable
{
    // The promise is 2 s; tests allow more so a loaded CI machine does not flake. The latency itself is measured by bench/hot-reload.sh.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);
    private readonly LactationWebFactory _factory = new();
    private readonly HttpClient _client;

    public HotReload() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task NewFileAppearsWithoutRestart()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("new-arrival"), Article("A new arrival"));

        Assert.True(await EventuallyAsync(async () => (await _client.GetAsync("/articles/new-arrival")).StatusCode == HttpStatusCode.OK));
        Assert.Equal("A new arrival", (await _client.GetDocumentAsync("/articles/new-arrival")).Text("h1"));
    }

    [Fact]
    public async Task ChangedFileShowsItsNewTitle()
    {
        var path = _factory.ArticlePath("let-down-basics");
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("title: Let-down basics", "title: Let-down, explained"));

        Assert.True(await EventuallyAsync(async () => (await _client.GetDocumentAsync("/articles/let-down-basics")).Text("h1") == "Let-down, explained"));
    }

    [Fact]
    public async Task DeletedFileIsGone()
    {
        File.Delete(_factory.ArticlePath("let-down-basics"));

        Assert.True(await EventuallyAsync(async () => (await _client.GetAsync("/articles/let-down-basics")).StatusCode == HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task BrokenEditKeepsThePreviousVersionAndRecordsTheError()
    {
        var path = _factory.ArticlePath("let-down-basics");
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("reviewed: 2026-10-01", "reviewed: 1st October"));

        var db = _factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<ContentDbContext>>();
        Assert.True(await EventuallyAsync(async () =>
        {
            await using var context = await db.CreateDbContextAsync();
            return context.SourceFiles.Single(f => f.Path == "articles/let-down-basics.md").Error is { } error
                && error.Contains("articles/let-down-basics.md:5:") && error.Contains("YYYY-MM-DD");
        }));
        Assert.Equal("Let-down basics", (await _client.GetDocumentAsync("/articles/let-down-basics")).Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/articles/sore-breast-care")).StatusCode);
    }

    [Fact]
    public async Task NewBrokenFileIsSimplyAbsent()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("half-written"), "---\ntitle: [unclosed\n---\nBody");
        await File.WriteAllTextAsync(_factory.ArticlePath("good-neighbour"), Article("A good neighbour"));

        Assert.True(await EventuallyAsync(async () => (await _client.GetAsync("/articles/good-neighbour")).StatusCode == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/articles/half-written")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task DuplicateSlugIsRefusedAndTheOriginalKept()
    {
        await File.WriteAllTextAsync(_factory.ArticlePath("copycat"), Article("A copycat").Replace("topics:", "slug: let-down-basics\ntopics:"));
        await File.WriteAllTextAsync(_factory.ArticlePath("marker"), Article("Marker"));

        Assert.True(await EventuallyAsync(async () => (await _client.GetAsync("/articles/marker")).StatusCode == HttpStatusCode.OK));
        Assert.Equal("Let-down basics", (await _client.GetDocumentAsync("/articles/let-down-basics")).Text("h1"));
    }

    [Fact]
    public async Task DeletedIndexIsRebuiltFromTheFiles()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_factory.IndexFile);

        Assert.True(await EventuallyAsync(
            async () => (await _client.GetAsync("/articles/sore-breast-care")).StatusCode == HttpStatusCode.OK && File.Exists(_factory.IndexFile),
            TimeSpan.FromSeconds(10)));
    }

    private static string Article(string title) => $"""
        ---
        title: {title}
        description: A fixture article written by a test to check that the site follows content changes.
        topics: [leakage]
        reviewed: 2026-11-01
        next_review: 2027-11-01
        reviewer: Lactation editorial team
        sources:
          - title: "NHS: Mastitis"
            url: https://www.nhs.uk/conditions/mastitis/
          - title: "NHS: Sepsis"
            url: https://www.nhs.uk/conditions/sepsis/
        ---
        ## In short

        Words for {title}.
        """;

    /// <summary>Polls until the condition holds or the limit passes.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? Limit) + TimeSpan.FromMilliseconds(500);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }
}
