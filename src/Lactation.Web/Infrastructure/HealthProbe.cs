namespace Lactation.Web.Infrastructure;

/// <summary>
/// <c>dotnet Lactation.Web.dll check-health [url]</c>: exits 0 when /healthz answers 200. The container's
/// HEALTHCHECK uses it, so the runtime image needs no curl.
/// </summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.FirstOrDefault() ?? "http://127.0.0.1:8080/healthz";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
        try
        {
            using var response = await client.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
