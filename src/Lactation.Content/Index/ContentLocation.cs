namespace Lactation.Content.Index;

/// <summary>The resolved content root (holding articles/ and topics/) and the index database file.</summary>
public sealed record ContentLocation(string Root, string IndexConnectionString)
{
    public string ArticlesFolder => Path.Combine(Root, "articles");

    public string TopicsFolder => Path.Combine(Root, "topics");

    /// <summary>
    /// The configured path, else the nearest <c>content/</c> folder with articles above the app or the
    /// working directory, so <c>dotnet run</c> from a checkout serves the repository's own content.
    /// </summary>
    public static string ResolveRoot(string? configured, params string[] searchFrom)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in searchFrom)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (Directory.Exists(Path.Combine(candidate, "articles")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "No content folder found. Set Content:Path (environment variable Content__Path) to a folder holding articles/ and topics/.");
    }
}
