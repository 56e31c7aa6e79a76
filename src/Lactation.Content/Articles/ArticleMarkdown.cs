using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lactation.Content.Articles;

/// <summary>The one Markdig pipeline of the site, and what it yields for a document.</summary>
public static class ArticleMarkdown
{
    // Markdig: a pipeline is immutable and thread-safe and should be built once and reused.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseCustomContainers()
        .DisableHtml()
        .Use<CareCardExtension>()
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    public static string ToHtml(MarkdownDocument document) => Markdown.ToHtml(document, Pipeline);

    /// <summary>
    /// Makes a parsed document safe and tidy to render: one h1 per page (the title), no script-bearing links.
    /// Returns what it changed, so the validator can tell the editor.
    /// </summary>
    internal static List<(int Line, string Message)> Sanitise(MarkdownDocument document)
    {
        var changes = new List<(int Line, string Message)>();
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            heading.Level = 2;
            changes.Add((heading.Line + 1, "Use ## for sections: the title is the page's only top-level heading."));
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                changes.Add((link.Line + 1, $"Link '{link.Url}' is not allowed: use https://, mailto: or a site path."));
                link.Url = "#";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                changes.Add((link.Line + 1, $"Link '{link.Url}' is not allowed: use https://, mailto: or a site path."));
                link.Url = "#";
            }
        }

        return changes;
    }

    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var colon = url.IndexOf(':');
        var firstSeparator = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        return !hasScheme || SafeSchemes.Contains(url[..colon].Trim().ToLowerInvariant());
    }

    internal static YamlFrontMatterBlock? FrontMatterBlock(MarkdownDocument document) =>
        document.Count > 0 ? document[0] as YamlFrontMatterBlock : null;

    internal static IEnumerable<CustomContainer> CareCardBlocks(MarkdownDocument document) =>
        document.Descendants<CustomContainer>();

    /// <summary>The readable text of the body (no markup, no front matter), for search and word counts.</summary>
    internal static string PlainText(MarkdownDocument document)
    {
        var text = new System.Text.StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is YamlFrontMatterBlock)
            {
                continue;
            }

            if (leaf.Inline is { } inline)
            {
                foreach (var piece in inline.Descendants<Inline>())
                {
                    switch (piece)
                    {
                        case LiteralInline literal:
                            text.Append(literal.Content.ToString());
                            break;
                        case CodeInline code:
                            text.Append(code.Content);
                            break;
                        case LineBreakInline:
                            text.Append(' ');
                            break;
                    }
                }
            }
            else if (leaf is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
            }

            // A heading ends a sentence, so a snippet reads "…has changed. You may…", not "…has changed You may…".
            if (leaf is HeadingBlock && text.Length > 0 && !char.IsPunctuation(text[^1]))
            {
                text.Append('.');
            }

            text.Append('\n');
        }

        return text.ToString().Trim();
    }

    internal static string InlineText(LeafBlock block)
    {
        if (block.Inline is null)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        foreach (var piece in block.Inline.Descendants<Inline>())
        {
            if (piece is LiteralInline literal)
            {
                text.Append(literal.Content.ToString());
            }
            else if (piece is CodeInline code)
            {
                text.Append(code.Content);
            }
        }

        return text.ToString().Trim();
    }
}
