using System.Security.Cryptography;
using System.Text;
using Lactation.Content.Articles;
using Lactation.Content.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Lactation.Content.Index;

/// <summary>What one pass of the indexer did.</summary>
public sealed record SyncReport(int Added, int Updated, int Removed, int Unchanged, IReadOnlyList<ContentProblem> Problems)
{
    public int Changed => Added + Updated + Removed;
}

/// <summary>
/// Brings the SQLite index in step with the Markdown files. Only files whose size, time or hash changed are
/// re-read; a file that fails to parse leaves its last good version in the index and its error in
/// <see cref="SourceFileState"/>. One pass at a time.
/// </summary>
public sealed class ContentIndexer(
    IDbContextFactory<ContentDbContext> dbFactory,
    ContentLocation location,
    IndexState state,
    TimeProvider time,
    ILogger<ContentIndexer> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    private sealed record ReadFile(string Path, FileInfo Info, string Hash, ParseResult<Article>? Article, ParseResult<TopicIntro>? Topic);

    /// <summary>Creates the schema; an index written by another schema version is deleted and rebuilt.</summary>
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var file = IndexFilePath;
            if (file is not null && File.Exists(file) && await ReadSchemaVersionAsync(db, ct) != db.SchemaVersion())
            {
                logger.LogInformation("Index {File} is from another schema version: rebuilding it", file);
                await db.Database.EnsureDeletedAsync(ct);
            }
        }

        if (IndexFilePath is { } path && Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var fresh = await dbFactory.CreateDbContextAsync(ct);
        await fresh.Database.EnsureCreatedAsync(ct);
        await fresh.Database.ExecuteSqlRawAsync(FtsIndex.CreateSql, ct);
        var version = fresh.SchemaVersion().ToString(System.Globalization.CultureInfo.InvariantCulture);
#pragma warning disable EF1003 // PRAGMA cannot take a parameter; the value is our own integer.
        await fresh.Database.ExecuteSqlRawAsync("PRAGMA user_version = " + version + ";", ct);
#pragma warning restore EF1003
        await fresh.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", ct);
    }

    /// <summary>The index file, or null for an in-memory database.</summary>
    public string? IndexFilePath
    {
        get
        {
            var source = new SqliteConnectionStringBuilder(location.IndexConnectionString).DataSource;
            return string.IsNullOrEmpty(source) || source == ":memory:" ? null : Path.GetFullPath(source);
        }
    }

    /// <summary>
    /// True when the index file was deleted under the running app, or replaced by an empty one (a reader's
    /// connection recreates the file): either way it no longer holds our schema.
    /// </summary>
    public async Task<bool> NeedsRebuildAsync(CancellationToken ct)
    {
        if (IndexFilePath is not { } path)
        {
            return false;
        }

        if (!File.Exists(path))
        {
            return true;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ReadSchemaVersionAsync(db, ct) != db.SchemaVersion();
    }

    /// <summary>Recreates a deleted index from the files; readers see "not ready" meanwhile.</summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        state.MarkRebuilding();
        SqliteConnection.ClearAllPools();
        await EnsureCreatedAsync(ct);
        await SyncAsync(ct);
    }

    public async Task<SyncReport> SyncAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var report = await SyncOnceAsync(ct);
            if (report.Changed > 0)
            {
                state.MarkChanged();
            }

            state.MarkReady(time.GetUtcNow());
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SyncReport> SyncOnceAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await db.SourceFiles.ToDictionaryAsync(f => f.Path, StringComparer.Ordinal, ct);
        var onDisk = ContentFiles();
        var toRead = onDisk
            .Where(f => !known.TryGetValue(f.Key, out var seen)
                || seen.Error is not null
                || seen.LastWriteUtc != f.Value.LastWriteTimeUtc
                || seen.Length != f.Value.Length)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();
        var removed = known.Keys.Where(path => !onDisk.ContainsKey(path)).ToList();
        if (toRead.Count == 0 && removed.Count == 0)
        {
            return new SyncReport(0, 0, 0, onDisk.Count, []);
        }

        // Reading and parsing is the CPU-heavy part: do it in parallel, then write in one transaction in path order.
        var read = toRead.AsParallel().AsOrdered().WithCancellation(ct).Select(f => Read(f.Key, f.Value)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using var fts = await FtsIndex.Writer.OpenAsync(db, ct);
        var owners = await LoadOwnersAsync(db, ct);

        // A first build (or a rebuild) has nothing to replace: skip the per-file look-ups and deletes.
        var fresh = known.Count == 0;
        int added = 0, updated = 0;
        var problems = new List<ContentProblem>();

        foreach (var path in removed)
        {
            await RemoveFileAsync(db, fts, path, owners, ct);
            db.SourceFiles.Remove(known[path]);
            logger.LogInformation("Content file {File} removed from the index", path);
        }

        foreach (var file in read)
        {
            known.TryGetValue(file.Path, out var seen);
            if (seen is not null && seen.Hash == file.Hash && seen.Error is null)
            {
                seen.LastWriteUtc = file.Info.LastWriteTimeUtc;
                seen.Length = file.Info.Length;
                continue;
            }

            var fileProblems = file.Article is not null
                ? await ApplyArticleAsync(db, fts, file, owners, fresh, ct)
                : await ApplyTopicAsync(db, file, ct);
            problems.AddRange(fileProblems);
            var error = fileProblems.FirstOrDefault(p => p.IsError);
            if (error is null)
            {
                if (seen is null) { added++; } else { updated++; }
            }

            LogProblems(fileProblems, previousError: seen?.Error);
            if (seen is null)
            {
                seen = new SourceFileState { Path = file.Path, Hash = file.Hash };
                db.SourceFiles.Add(seen);
                known[file.Path] = seen;
            }

            seen.Hash = file.Hash;
            seen.LastWriteUtc = file.Info.LastWriteTimeUtc;
            seen.Length = file.Info.Length;
            seen.Error = error?.ToString();
        }

        await FtsIndex.BalanceAsync(db, ct);
        if (fresh)
        {
            await FtsIndex.OptimizeAsync(db, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var report = new SyncReport(added, updated, removed.Count, onDisk.Count - toRead.Count, problems);
        if (report.Changed > 0)
        {
            logger.LogInformation("Index updated: {Added} added, {Updated} updated, {Removed} removed", added, updated, removed.Count);
        }

        return report;
    }

    /// <summary>Relative path (articles/x.md, topics/y.md) to file, for every content file on disk.</summary>
    private Dictionary<string, FileInfo> ContentFiles()
    {
        var files = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        foreach (var (folder, prefix) in new[] { (location.ArticlesFolder, "articles/"), (location.TopicsFolder, "topics/") })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var info in new DirectoryInfo(folder).EnumerateFiles("*.md"))
            {
                files[prefix + info.Name] = info;
            }
        }

        return files;
    }

    private ReadFile Read(string path, FileInfo info)
    {
        string text;
        try
        {
            text = File.ReadAllText(info.FullName, Encoding.UTF8);
        }
        catch (IOException e)
        {
            // Often an editor mid-save; the next change event or rescan reads it again.
            var failure = new ParseResult<Article>(null, [new ContentProblem(path, 1, $"Could not read the file: {e.Message}")]);
            return new ReadFile(path, info, string.Empty, failure, null);
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        try
        {
            return path.StartsWith("articles/", StringComparison.Ordinal)
                ? new ReadFile(path, info, hash, ArticleParser.Parse(path, text), null)
                : new ReadFile(path, info, hash, null, ArticleParser.ParseTopic(path, text));
        }
        catch (Exception e)
        {
            // A parser bug must cost one file, never the whole pass.
            logger.LogError(e, "Parsing {File} failed unexpectedly", path);
            var failure = new ParseResult<Article>(null, [new ContentProblem(path, 1, $"Could not be read: {e.Message}")]);
            return new ReadFile(path, info, hash, failure, null);
        }
    }

    /// <summary>Which file owns each slug and alias now, to refuse duplicates across files.</summary>
    private static async Task<Dictionary<string, string>> LoadOwnersAsync(ContentDbContext db, CancellationToken ct)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = await db.Articles.AsNoTracking()
            .Select(a => new { a.Slug, a.SourceFile, a.Aliases })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            owners["slug:" + row.Slug] = row.SourceFile;
            foreach (var alias in row.Aliases)
            {
                owners["alias:" + alias] = row.SourceFile;
            }
        }

        return owners;
    }

    private static async Task<IReadOnlyList<ContentProblem>> ApplyArticleAsync(
        ContentDbContext db, FtsIndex.Writer fts, ReadFile file, Dictionary<string, string> owners, bool fresh, CancellationToken ct)
    {
        var result = file.Article!;
        if (result.Value is not { } article)
        {
            return result.Problems;
        }

        var conflicts = new List<ContentProblem>();
        if (owners.TryGetValue("slug:" + article.Slug, out var slugOwner) && slugOwner != file.Path)
        {
            conflicts.Add(new ContentProblem(file.Path, 1, $"Slug '{article.Slug}' is already used by {slugOwner}: give this article another slug."));
        }

        foreach (var alias in article.Aliases)
        {
            if (owners.TryGetValue("alias:" + alias, out var aliasOwner) && aliasOwner != file.Path)
            {
                conflicts.Add(new ContentProblem(file.Path, 1, $"Alias '{alias}' is already used by {aliasOwner}."));
            }
        }

        if (conflicts.Count > 0)
        {
            return [.. conflicts, .. result.Problems];
        }

        if (!fresh)
        {
            await RemoveFileAsync(db, fts, file.Path, owners, ct, keepSlug: article.Slug);
        }

        var row = IndexedArticle.From(article, file.Info.LastWriteTimeUtc);
        var existing = fresh ? null : await db.Articles.FindAsync([article.Slug], ct);
        if (existing is null)
        {
            db.Articles.Add(row);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(row);
            existing.Topics = row.Topics;
            existing.Aliases = row.Aliases;
            existing.TopicKey = row.TopicKey;
            existing.AliasKey = row.AliasKey;
            existing.Sources = row.Sources;
            existing.Toc = row.Toc;
        }

        if (existing is not null)
        {
            await fts.DeleteAsync(article.Slug, ct);
        }

        if (!article.Draft)
        {
            await fts.InsertAsync(article, ct);
        }

        owners["slug:" + article.Slug] = file.Path;
        foreach (var alias in article.Aliases)
        {
            owners["alias:" + alias] = file.Path;
        }

        return result.Problems;
    }

    private static async Task<IReadOnlyList<ContentProblem>> ApplyTopicAsync(ContentDbContext db, ReadFile file, CancellationToken ct)
    {
        var result = file.Topic!;
        if (result.Value is not { } topic)
        {
            return result.Problems;
        }

        var existing = await db.Topics.FindAsync([topic.Id], ct);
        if (existing is null)
        {
            existing = new IndexedTopic { Id = topic.Id, SourceFile = file.Path, Title = topic.Title, Description = topic.Description, Html = topic.Html };
            db.Topics.Add(existing);
        }

        existing.Title = topic.Title;
        existing.Description = topic.Description;
        existing.Html = topic.Html;
        existing.ModifiedUtc = file.Info.LastWriteTimeUtc;
        return result.Problems;
    }

    /// <summary>Drops what a file contributed (its articles, their search rows, its topic), except the slug being rewritten.</summary>
    private static async Task RemoveFileAsync(
        ContentDbContext db, FtsIndex.Writer fts, string path, Dictionary<string, string> owners, CancellationToken ct, string? keepSlug = null)
    {
        var rows = await db.Articles.Where(a => a.SourceFile == path && a.Slug != keepSlug).ToListAsync(ct);
        foreach (var row in rows)
        {
            await fts.DeleteAsync(row.Slug, ct);
            owners.Remove("slug:" + row.Slug);
            db.Articles.Remove(row);
        }

        foreach (var key in owners.Where(o => o.Value == path && o.Key.StartsWith("alias:", StringComparison.Ordinal)).Select(o => o.Key).ToList())
        {
            owners.Remove(key);
        }

        if (keepSlug is null)
        {
            await db.Topics.Where(t => t.SourceFile == path).ExecuteDeleteAsync(ct);
        }
    }

    private void LogProblems(IReadOnlyList<ContentProblem> problems, string? previousError)
    {
        foreach (var problem in problems)
        {
            if (!problem.IsError)
            {
                logger.LogWarning("Content warning {File}:{Line}: {Message}", problem.File, problem.Line, problem.Message);
            }
            else if (problem.ToString() != previousError)
            {
                logger.LogError(
                    "Content error {File}:{Line}: {Message} The file was not indexed; its last good version (if any) stays on the site.",
                    problem.File, problem.Line, problem.Message);
            }
        }
    }

    private static async Task<int> ReadSchemaVersionAsync(ContentDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
