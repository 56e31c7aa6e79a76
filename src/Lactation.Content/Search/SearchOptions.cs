namespace Lactation.Content.Search;

/// <summary>Section "Search".</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// How many recent searches to keep answered in memory until the index changes; 0 turns the cache off
    /// (the benchmark does, to time every search from scratch).
    /// </summary>
    public int CachedSearches { get; set; } = 1000;

    /// <summary>
    /// Rank from FTS5's word counts held in memory (<see cref="RankingSnapshot"/>), read once per change of the
    /// index: the same order and scores as FTS5's bm25, much faster on a large library. Off, every search is
    /// ranked by FTS5 row by row (the benchmark compares the two).
    /// </summary>
    public bool RankInMemory { get; set; } = true;
}
