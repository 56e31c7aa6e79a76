using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lactation.Content.Index;

/// <summary>
/// Builds the index before the app serves (StartAsync), then keeps it in step with content/:
/// a file-system watcher for the editor's loop (debounced), plus a periodic rescan as a safety net
/// that also notices a deleted index file and rebuilds it.
/// </summary>
public sealed class ContentIndexService(
    ContentIndexer indexer,
    ContentLocation location,
    IOptions<ContentOptions> options,
    ILogger<ContentIndexService> logger) : BackgroundService
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private readonly SemaphoreSlim _changed = new(0);
    private FileSystemWatcher? _watcher;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await indexer.EnsureCreatedAsync(cancellationToken);
        var report = await indexer.SyncAsync(cancellationToken);
        logger.LogInformation(
            "Index ready in {Elapsed} ms: {Files} content files from {Root} ({Errors} with errors)",
            started.ElapsedMilliseconds, report.Added + report.Updated + report.Unchanged, location.Root,
            report.Problems.Where(p => p.IsError).Select(p => p.File).Distinct().Count());

        if (options.Value.Watch)
        {
            _watcher = new FileSystemWatcher(location.Root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += OnChanged;
            _watcher.Created += OnChanged;
            _watcher.Deleted += OnChanged;
            _watcher.Renamed += OnChanged;
            _watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Content watcher lost events; the next rescan catches up");
            _watcher.EnableRaisingEvents = true;
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rescan = TimeSpan.FromSeconds(Math.Max(1, options.Value.RescanSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await _changed.WaitAsync(rescan, stoppingToken))
                {
                    // Editors save in bursts (temp file, rename, touch): wait for the burst to end.
                    await Task.Delay(Debounce, stoppingToken);
                    while (_changed.CurrentCount > 0)
                    {
                        await _changed.WaitAsync(stoppingToken);
                    }
                }

                if (await indexer.NeedsRebuildAsync(stoppingToken))
                {
                    logger.LogWarning("Index file was deleted or emptied: rebuilding it from {Root}", location.Root);
                    await indexer.RebuildAsync(stoppingToken);
                }
                else
                {
                    await indexer.SyncAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // Never let one bad pass stop the loop: the site keeps serving the last good index.
                logger.LogError(e, "Re-indexing failed; will retry on the next change or rescan");
            }
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => _changed.Release();

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }
}
