using Microsoft.Extensions.Hosting;

namespace Lactation.Content.Search;

/// <summary>
/// Starts reading the ranking snapshot as soon as the app starts (after <see cref="Index.ContentIndexService"/>
/// has built the index, since hosted services start in order), so the first parents' searches need not wait for
/// it. Not awaited: until it is read, searches are ranked by FTS5.
/// </summary>
internal sealed class SearchRankingWarmUp(SearchRanking ranking, SynonymFile synonyms) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ranking.Current(synonyms.Current());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
