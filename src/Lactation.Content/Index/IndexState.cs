namespace Lactation.Content.Index;

/// <summary>Whether the index is ready to serve: false until the first build completes, and during a rebuild.</summary>
public sealed class IndexState
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public DateTimeOffset? LastSync { get; private set; }

    internal void MarkReady(DateTimeOffset at)
    {
        LastSync = at;
        _ready = true;
    }

    internal void MarkRebuilding() => _ready = false;
}
