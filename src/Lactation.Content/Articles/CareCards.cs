using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

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
        renderer.Write("<h3 class=\"care-card__title\">").WriteEscape(title).WriteLine("</h3>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
