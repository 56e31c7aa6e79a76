namespace Lactation.Content.Index;

/// <summary>Whether the index is ready to serve: false until the first build completes, and during a rebuild.</summary>
public sealed class IndexState
{
    private volatile bool _ready;
    private long _generation;
    private long _rebuilds;

    public bool IsReady => _ready;

    public DateTimeOffset? LastSync { get; private set; }

    internal void MarkReady(DateTimeOffset at)
    {
        LastSync = at;
        _ready = true;
    }

    /// <summary>Goes up whenever the indexed articles change, so caches built from the index know to reload.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    internal void MarkChanged() => Interlocked.Increment(ref _generation);

    /// <summary>Goes up when the index is recreated from nothing: ids from before mean nothing after.</summary>
    public long Rebuilds => Interlocked.Read(ref _rebuilds);

    internal void MarkRebuilding()
    {
        _ready = false;
        Interlocked.Increment(ref _rebuilds);
        MarkChanged();
    }
}
