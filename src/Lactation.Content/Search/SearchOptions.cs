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
}
