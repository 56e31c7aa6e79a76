using System.Globalization;
using Lactation.Content.Articles;
using Lactation.Content.Index;

namespace Lactation.Web.Infrastructure;

/// <summary>
/// <c>dotnet run --project src/Lactation.Web -- check-content [--content PATH] [--stats]</c>: checks every content
/// file and prints each problem as <c>file:line: message</c>; exits 1 when there is any error.
/// </summary>
public static class ContentCheckCommand
{
    public static int Run(string[] args)
    {
        var stats = args.Contains("--stats");
        var at = Array.IndexOf(args, "--content");
        var configured = at >= 0 && at + 1 < args.Length ? args[at + 1] : Environment.GetEnvironmentVariable("Content__Path");
        string root;
        try
        {
            root = ContentLocation.ResolveRoot(configured, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var report = ContentValidator.Validate(root, DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var problem in report.Problems)
        {
            Console.WriteLine(Path.Combine(root, problem.File) is var full && File.Exists(full)
                ? problem with { File = Path.GetRelativePath(Directory.GetCurrentDirectory(), full) }
                : problem);
        }

        if (stats)
        {
            Console.WriteLine();
            Console.WriteLine("words  grade  article   (grade: Flesch-Kincaid, syllables by vowel groups)");
            foreach (var s in report.Stats.OrderBy(s => s.Slug, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Words,5}  {s.Grade,5:0.0}  {s.Slug}"));
            }
        }

        Console.WriteLine($"check-content: {report.FilesChecked} files in {root}: {report.Errors} error(s), {report.Warnings} warning(s)");
        return report.Errors > 0 ? 1 : 0;
    }
}
