using Lactation.Content.Index;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lactation.Web.Tests;

/// <summary>
/// The real app over a copy of a small fixture content folder (so tests may edit files) and a temp SQLite index.
/// </summary>
public class LactationWebFactory : WebApplicationFactory<Program>
{
    private readonly string _workDir = Path.Combine(Path.GetTempPath(), "lactation-tests-" + Guid.NewGuid().ToString("N"));

    public LactationWebFactory()
        : this(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"))
    {
    }

    protected LactationWebFactory(string contentSource)
    {
        ContentRoot = Path.Combine(_workDir, "content");
        CopyDirectory(contentSource, ContentRoot);
        IndexFile = Path.Combine(_workDir, "index.db");
    }

    public string ContentRoot { get; }

    public string IndexFile { get; }

    public string ArticlePath(string slug) => Path.Combine(ContentRoot, "articles", slug + ".md");

    public ContentIndexer Indexer => Services.GetRequiredService<ContentIndexer>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Content:Path", ContentRoot);
        builder.UseSetting("Content:RescanSeconds", "1");
        builder.UseSetting("ConnectionStrings:Index", $"Data Source={IndexFile}");
        builder.UseSetting("Site:BaseUrl", "https://lactation.test");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>The app over a copy of the repository's real content/: for ranking and content-wide checks.</summary>
public sealed class RealContentWebFactory() : LactationWebFactory(Path.Combine(Lactation.Tests.RepoRoot.Path, "content"));
