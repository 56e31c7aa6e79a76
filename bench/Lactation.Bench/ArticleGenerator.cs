using System.Globalization;
using System.Text;

namespace Lactation.Bench;

/// <summary>
/// Writes a large library made from the real articles: each generated article keeps a real article's front matter
/// and opening, gets a numbered title, and mixes in whole sections of other articles in a seeded order, so the
/// vocabulary, lengths and care cards are real and every file passes the parser.
/// </summary>
public static class ArticleGenerator
{
    private sealed record Source(string Slug, string Title, List<string> FrontMatter, string Opening, List<string> Sections);

    public static void Generate(string realContent, string target, int count)
    {
        var sources = Directory.EnumerateFiles(Path.Combine(realContent, "articles"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        var articles = Directory.CreateDirectory(Path.Combine(target, "articles")).FullName;
        CopyFolder(Path.Combine(realContent, "topics"), Path.Combine(target, "topics"));
        CopyFolder(Path.Combine(realContent, "search"), Path.Combine(target, "search"));

        var allSections = sources.SelectMany(s => s.Sections).ToList();
        Parallel.For(0, count, i =>
        {
            var source = sources[i % sources.Count];
            var number = i / sources.Count + 1;
            var random = new Random(i);
            var sections = source.Sections.OrderBy(_ => random.Next()).Take(Math.Max(3, source.Sections.Count - 2)).ToList();
            for (var extra = 0; extra < 2; extra++)
            {
                sections.Insert(random.Next(sections.Count + 1), allSections[random.Next(allSections.Count)]);
            }

            var text = new StringBuilder();
            text.AppendLine("---");
            text.AppendLine(CultureInfo.InvariantCulture, $"title: \"{source.Title.Replace("\"", "'", StringComparison.Ordinal)}, note {number}\"");
            foreach (var line in source.FrontMatter)
            {
                text.AppendLine(line);
            }

            text.AppendLine("---");
            text.Append(source.Opening);
            foreach (var section in sections)
            {
                text.Append(section);
            }

            File.WriteAllText(Path.Combine(articles, $"{source.Slug}-{number:0000}.md"), text.ToString());
        });
    }

    private static Source Read(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var frontMatter = text[4..end].Split('\n').ToList();
        var body = text[(end + 5)..];
        var titleLine = frontMatter.Single(l => l.StartsWith("title:", StringComparison.Ordinal));
        var title = titleLine["title:".Length..].Trim().Trim('"');
        var kept = frontMatter.Where(l => !l.StartsWith("title:", StringComparison.Ordinal) && !l.StartsWith("aliases:", StringComparison.Ordinal)).ToList();

        // "## In short" stays first; the other h2 sections (with their h3s and care cards) are the pieces to mix.
        var parts = body.Split("\n## ");
        var opening = parts[0] + "\n";
        var sections = parts.Skip(1).Select(p => "\n## " + p.TrimEnd('\n') + "\n").ToList();
        if (opening.TrimStart().StartsWith("## In short", StringComparison.Ordinal) is false && sections.Count > 0)
        {
            opening += sections[0];
            sections.RemoveAt(0);
        }

        return new Source(Path.GetFileNameWithoutExtension(path), title, kept, opening, sections);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }
}
