using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Lactation.Content.Articles;

/// <summary>
/// Care cards are the site's NHS-style callouts, written as fenced containers:
/// <c>::: urgent</c> ... <c>:::</c>. The heading names the level in words, so colour is never the only cue.
/// </summary>
public static class CareCards
{
    public static readonly IReadOnlyDictionary<string, string> Headings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["emergency"] = "Emergency: call your local emergency number now (911 in the US, 999 in the UK, 112 in the EU)",
        ["urgent"] = "Urgent: see a doctor or midwife today",
        ["info"] = "Good to know",
    };

    public static bool IsKnownKind(string? kind) => kind is not null && Headings.ContainsKey(kind);
}

/// <summary>Swaps Markdig's generic container renderer for the care-card one.</summary>
internal sealed class CareCardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CareCardRenderer());
        }
    }
}

internal sealed class CareCardRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var kind = CareCards.IsKnownKind(container.Info) ? container.Info! : "info";
        var title = string.IsNullOrWhiteSpace(container.Arguments) ? CareCards.Headings[kind] : container.Arguments!;
        renderer.EnsureLine();
        renderer.Write("<div class=\"care-card care-card--").Write(kind).Write("\" role=\"note\">");
        var level = HeadingLevelFor(container).ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write("<h").Write(level).Write(" class=\"care-card__title\">").WriteEscape(title).Write("</h").Write(level).WriteLine(">");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }

    /// <summary>One level below the section the card sits in (h2 when it comes before any heading), so the outline never skips.</summary>
    private static int HeadingLevelFor(Block block)
    {
        var top = block;
        while (top.Parent is { } parent and not MarkdownDocument)
        {
            top = parent;
        }

        if (top.Parent is MarkdownDocument document)
        {
            for (var i = document.IndexOf(top) - 1; i >= 0; i--)
            {
                if (document[i] is HeadingBlock heading)
                {
                    return Math.Min(heading.Level + 1, 6);
                }
            }
        }

        return 2;
    }
}
