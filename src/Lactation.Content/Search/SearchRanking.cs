using Lactation.Content.Index;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lactation.Content.Search;

/// <summary>
/// Keeps the <see cref="RankingSnapshot"/> in step with the index. A search takes the snapshot only if it was read
/// at the index's current generation with the current synonyms; otherwise it is ranked by FTS5 (the same order,
/// slower) while a new snapshot is read in the background, once, whoever asks.
/// </summary>
public sealed partial class SearchRanking(
    ContentLocation location, IndexState state, IOptions<SearchOptions> options, ILogger<SearchRanking> logger) : IDisposable
{
    private readonly string _databaseFile = new SqliteConnectionStringBuilder(location.IndexConnectionString).DataSource;
    private readonly FtsStemmer _stemmer = new();
    private readonly Lock _gate = new();
    private volatile RankingSnapshot? _snapshot;
    private Task? _building;

    /// <summary>The snapshot for the index as it is now, or null (and a new one on its way).</summary>
    public RankingSnapshot? Current(SynonymSet synonyms)
    {
        if (!options.Value.RankInMemory)
        {
            return null;
        }

        if (_snapshot is { } snapshot && snapshot.Generation == state.Generation && snapshot.Synonyms == synonyms)
        {
            return snapshot;
        }

        if (state.IsReady)
        {
            _ = BuildAsync(synonyms, CancellationToken.None);
        }

        return null;
    }

    /// <summary>Reads a snapshot now unless one for this generation is there or on its way; either way, waits for it.</summary>
    public Task BuildAsync(SynonymSet synonyms, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_building is { IsCompleted: false } running)
            {
                return running.WaitAsync(ct);
            }

            if (_snapshot is { } snapshot && snapshot.Generation == state.Generation && snapshot.Synonyms == synonyms)
            {
                return Task.CompletedTask;
            }

            _building = Task.Run(() => Load(synonyms), CancellationToken.None);
            return _building.WaitAsync(ct);
        }
    }

    public void Dispose() => _stemmer.Dispose();

    private void Load(SynonymSet synonyms)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            // Read the generation first: if the index changes while the counts are read, the snapshot is already
            // out of date when it is stored, and is never used.
            var (generation, rebuilds) = (state.Generation, state.Rebuilds);
            var updated = _snapshot is { } previous && previous.Rebuilds == rebuilds
                ? previous.Update(_databaseFile, generation, synonyms)
                : null;
            var snapshot = updated ?? RankingSnapshot.Load(_databaseFile, generation, rebuilds, synonyms, _stemmer);
            _snapshot = snapshot;
            LogLoaded(updated is null ? "read" : "updated", snapshot.Articles, snapshot.Postings, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex)
        {
            // Never fatal: searches stay with FTS5, which ranks the same way, and the next one tries again.
            // Expected only while the index is being rebuilt or replaced.
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search ranking {How}: {Articles} articles, {Postings} word counts, in {Milliseconds:0} ms")]
    private partial void LogLoaded(string how, int articles, long postings, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search ranking could not be read from the index; searches are ranked by FTS5 until it can")]
    private partial void LogFailed(Exception exception);
}
