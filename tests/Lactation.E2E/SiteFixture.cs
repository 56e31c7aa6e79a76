using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Lactation.E2E;

/// <summary>
/// The real site on Kestrel (loopback, a free port) over a copy of the repository's content, and one headless
/// Chromium for all browser tests.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly SiteFactory _factory = new();
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = default!;

    public static string RepoRoot => Lactation.Tests.RepoRoot.Path;

    public static string ToolsFolder => Path.Combine(RepoRoot, "tests", "Lactation.E2E", "node_modules");

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            Headless = true,
            ExecutablePath = ChromiumPath(),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A fresh browser context (own cookies) at a phone or desktop width; CSP is bypassed only so axe can be injected.</summary>
    public async Task<IPage> NewPageAsync(int width = 390, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            BypassCSP = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>An environment variable, then Debian's Chromium, then Playwright's own browser (a developer's laptop).</summary>
    private static string? ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("LACTATION_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    private sealed class SiteFactory : WebApplicationFactory<Program>
    {
        private readonly string _workDir = Directory.CreateTempSubdirectory("lactation-e2e-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Content:Path", Path.Combine(RepoRoot, "content"));
            builder.UseSetting("Content:Watch", "false");
            builder.UseSetting("ConnectionStrings:Index", $"Data Source={Path.Combine(_workDir, "index.db")}");
            builder.UseSetting("Site:BaseUrl", "https://lactation.test");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_workDir, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
