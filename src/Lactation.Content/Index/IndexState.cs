namespace Lactation.Content.Index;

/// <summary>Whether the index is ready to serve: false until the first build completes, and during a rebuild.</summary>
public sealed class IndexState
{
    private volatile bool _ready;
    private long _generation;

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

    internal void MarkRebuilding()
    {
        _ready = false;
        MarkChanged();
    }
}
