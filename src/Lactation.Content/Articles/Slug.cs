using System.Text.RegularExpressions;

namespace Lactation.Content.Articles;

/// <summary>What a slug may be: lower-case letters, digits and single hyphens, nothing that reaches the file system.</summary>
public static partial class Slug
{
    public const int MaxLength = 100;

    /// <summary>The same pattern as a route constraint, so the router rejects bad slugs before any lookup.</summary>
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && SlugRegex().IsMatch(value);

    public static string FromFileName(string path) => Path.GetFileNameWithoutExtension(path);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex SlugRegex();
}
