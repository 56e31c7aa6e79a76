using Lactation.Content.Index;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lactation.Web.Infrastructure;

/// <summary>Healthy once the index has been built from content/; 503 before that and while it rebuilds.</summary>
public sealed class IndexHealthCheck(IndexState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsReady
            ? HealthCheckResult.Healthy($"Index ready (last sync {state.LastSync:O})")
            : HealthCheckResult.Unhealthy("Index is being built"));
}
