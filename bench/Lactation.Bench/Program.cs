using System.Diagnostics;
using System.Globalization;
using Lactation.Bench;
using Lactation.Content;
using Lactation.Content.Index;
using Lactation.Content.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage:
//   Lactation.Bench generate <real content folder> <target folder> [count]
//   Lactation.Bench measure <content folder> [runs per query]
// bench/search-bench.sh runs both, then the HTTP part with wrk.
switch (args)
{
    case ["generate", var real, var target, .. var rest]:
        var count = rest is [var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
        var watch = Stopwatch.StartNew();
        ArticleGenerator.Generate(real, target, count);
        Console.WriteLine($"generated {count} articles into {target} in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    case ["measure", var content, .. var more]:
        return await Measure.RunAsync(content, more is [var runs] ? int.Parse(runs, CultureInfo.InvariantCulture) : 20);
    default:
        Console.Error.WriteLine("usage: generate <real content> <target> [count] | measure <content> [runs per query]");
        return 2;
}

internal static class Measure
{
    /// <summary>What parents type: short and long, synonyms, a typo, a topic filter, a red flag, common and rare words.</summary>
    private static readonly (string Query, string? Topic)[] Queries =
    [
        ("hard lump boob hurts", null),
        ("shirt soaked when baby cries", null),
        ("mastitsi", null),
        ("letdown slow", null),
        ("sad before letdown", null),
        ("how many wet nappies", null),
        ("white spot nipple", null),
        ("pump settings sore", null),
        ("running mastitis", null),
        ("pus lump", null),
        ("antibiotics not working", null),
        ("hand express", null),
        ("clogged duct", null),
        ("mastitis", "pumping"),
        ("breast", null),
        ("fever red streaks", null),
        ("galactocele", null),
        ("flange size", null),
        ("can I exercise with mastitis", null),
        ("let-down", "leakage"),
    ];

    public static async Task<int> RunAsync(string content, int runsPerQuery)
    {
        var work = Path.Combine(Path.GetTempPath(), "lactation-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var indexFile = Path.Combine(work, "index.db");
        await using var provider = Services(content, indexFile, work, cachedSearches: 0);
        var indexer = provider.GetRequiredService<ContentIndexer>();
        var files = Directory.EnumerateFiles(Path.Combine(content, "articles"), "*.md").Count();
        Console.WriteLine($"content: {files} articles in {content}");

        // 1. Build the index from nothing, as the app does before it serves.
        var build = Stopwatch.StartNew();
        await indexer.EnsureCreatedAsync(CancellationToken.None);
        var report = await indexer.SyncAsync(CancellationToken.None);
        build.Stop();
        Console.WriteLine($"index build: {build.Elapsed.TotalSeconds:0.00} s ({report.Added} added, {report.Problems.Count(p => p.IsError)} errors), index file {new FileInfo(indexFile).Length / 1048576.0:0.0} MiB");

        // 2. The ranking snapshot: FTS5's word counts read into memory once per change of the index. The app reads
        //    it in the background after a change and ranks with FTS5 meanwhile; here it is awaited and timed.
        var ranking = provider.GetRequiredService<SearchRanking>();
        var synonyms = provider.GetRequiredService<SynonymFile>().Current();
        var snapshotTime = Stopwatch.StartNew();
        await ranking.BuildAsync(synonyms, CancellationToken.None);
        snapshotTime.Stop();
        var snapshot = ranking.Current(synonyms) ?? throw new InvalidOperationException("no ranking snapshot");
        Console.WriteLine($"ranking snapshot read: {snapshotTime.Elapsed.TotalSeconds:0.00} s ({snapshot.Articles} articles, {snapshot.Postings} word counts), managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0.0} MiB");

        // 3. Queries in-process, each in its own scope as a request would be. One warm-up pass first (JIT,
        //    connection pool, vocabulary), then every search from scratch with the result cache off: ranked in
        //    memory as served, then by FTS5 row by row (Search:RankInMemory=false) for comparison.
        var inMemory = await TimeQueriesAsync(provider, runsPerQuery, "from scratch, ranked in memory (result cache off)", detail: true);
        await using (var ftsProvider = Services(content, indexFile, work, cachedSearches: 0, rankInMemory: false))
        {
            var fts = await TimeQueriesAsync(ftsProvider, runsPerQuery, "from scratch, ranked by FTS5 bm25 row by row (result cache off)", detail: true);
            var same = Queries.Count(q => Page(inMemory[q]) == Page(fts[q]));
            var sameScores = Queries.Count(q => Scores(inMemory[q]) == Scores(fts[q]));
            Console.WriteLine($"same first page both ways: {same} of {Queries.Length} queries; same totals, facets and first-page scores: {sameScores} of {Queries.Length}");
        }

        // ... and as the app runs: the same mix with the result cache on.
        await using (var cachedProvider = Services(content, indexFile, work, cachedSearches: 1000))
        {
            await TimeQueriesAsync(cachedProvider, runsPerQuery, "as served (result cache on)", detail: false);
        }

        // 3. Memory once the index is built and queries have run.
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"memory: managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0.0} MiB, working set {process.WorkingSet64 / 1048576.0:0.0} MiB, peak working set {process.PeakWorkingSet64 / 1048576.0:0.0} MiB");

        // 4. Re-indexing: one edited file, then a pass with nothing changed (the periodic rescan).
        var edited = Directory.EnumerateFiles(Path.Combine(content, "articles"), "*.md").Order(StringComparer.Ordinal).Skip(files / 2).First();
        var original = await File.ReadAllTextAsync(edited);
        await File.AppendAllTextAsync(edited, "\nAn edited paragraph about a clogged duct and a galactocele.\n");
        var incremental = Stopwatch.StartNew();
        var changed = await indexer.SyncAsync(CancellationToken.None);
        incremental.Stop();
        var reread = Stopwatch.StartNew();
        await ranking.BuildAsync(synonyms, CancellationToken.None);
        reread.Stop();
        var rescan = Stopwatch.StartNew();
        var unchanged = await indexer.SyncAsync(CancellationToken.None);
        rescan.Stop();
        await File.WriteAllTextAsync(edited, original);
        await indexer.SyncAsync(CancellationToken.None);
        Console.WriteLine($"re-index one changed file: {incremental.Elapsed.TotalMilliseconds:0} ms ({changed.Updated} updated); rescan with no change: {rescan.Elapsed.TotalMilliseconds:0} ms ({unchanged.Unchanged} unchanged); ranking snapshot read again after the edit: {reread.Elapsed.TotalMilliseconds:0} ms (searches are ranked by FTS5 meanwhile)");

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("BENCH_KEEP_INDEX") is "1")
        {
            Console.WriteLine($"index kept at {indexFile}");
        }
        else
        {
            Directory.Delete(work, recursive: true);
        }
        return 0;
    }

    private static string Page(SearchResults results) => string.Join(",", results.Hits.Select(h => $"{h.Slug}:{h.Score:R}"));

    /// <summary>Articles with equal scores may be ordered differently at a page's edge; the scores may not.</summary>
    private static string Scores(SearchResults results) =>
        $"{results.Total} {string.Join(",", results.Facets.Select(f => f.Count))} {string.Join(",", results.Hits.Select(h => h.Score.ToString("R", CultureInfo.InvariantCulture)))}";

    private static ServiceProvider Services(string content, string indexFile, string work, int cachedSearches, bool rankInMemory = true)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Content:Path"] = content,
            ["Content:Watch"] = "false",
            ["ConnectionStrings:Index"] = $"Data Source={indexFile}",
            ["Search:CachedSearches"] = cachedSearches.ToString(CultureInfo.InvariantCulture),
            ["Search:RankInMemory"] = rankInMemory ? "true" : "false",
        }).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole())
            .AddLactationContent(configuration, work)
            .AddLactationSearch()
            .BuildServiceProvider();
    }

    private static async Task<Dictionary<(string, string?), SearchResults>> TimeQueriesAsync(IServiceProvider provider, int runsPerQuery, string label, bool detail)
    {
        var last = new Dictionary<(string, string?), SearchResults>();
        foreach (var (query, topic) in Queries)
        {
            await SearchAsync(provider, query, topic);
        }

        var all = new List<double>();
        var perQuery = Queries.ToDictionary(q => q, _ => new List<double>());
        var totals = new Dictionary<(string, string?), int>();
        for (var run = 0; run < runsPerQuery; run++)
        {
            foreach (var q in Queries)
            {
                var started = Stopwatch.GetTimestamp();
                var results = await SearchAsync(provider, q.Query, q.Topic);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                all.Add(ms);
                perQuery[q].Add(ms);
                totals[q] = results.Total;
                last[q] = results;
            }
        }

        Console.WriteLine($"queries in-process, {label}: {all.Count} runs of {Queries.Length} queries, p50 {Percentile(all, 50):0.00} ms, p95 {Percentile(all, 95):0.00} ms, p99 {Percentile(all, 99):0.00} ms, max {all.Max():0.00} ms");
        if (detail)
        {
            Console.WriteLine("  p50 / p95 per query, with its number of matching articles:");
            foreach (var (q, times) in perQuery.OrderByDescending(p => Percentile(p.Value, 95)))
            {
                Console.WriteLine($"  {Percentile(times, 50),6:0.00} / {Percentile(times, 95),6:0.00} ms  {totals[q],6} hits  {q.Query}{(q.Topic is null ? "" : " [" + q.Topic + "]")}");
            }
        }

        return last;
    }

    private static async Task<SearchResults> SearchAsync(IServiceProvider provider, string query, string? topic)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleSearch>().SearchAsync(query, topic);
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
