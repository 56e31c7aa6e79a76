using System.Net;
using System.Text;

namespace Lactation.Content.Search;

/// <summary>
/// Turns an FTS5 snippet into HTML. FTS5 marks matches with two control characters, never with tags; the text
/// between them is HTML-encoded here and only then are the markers swapped for <c>&lt;mark&gt;</c>. So the only
/// markup in a snippet is balanced <c>mark</c> elements, whatever the article's text holds.
/// </summary>
public static class SearchSnippet
{
    public static string ToHtml(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var html = new StringBuilder(raw.Length + 32);
        var text = new StringBuilder();
        var open = false;
        foreach (var c in raw)
        {
            if (c == FtsIndex.MarkStart || c == FtsIndex.MarkEnd)
            {
                var opening = c == FtsIndex.MarkStart;
                if (opening != open)
                {
                    html.Append(WebUtility.HtmlEncode(text.ToString())).Append(opening ? "<mark>" : "</mark>");
                    text.Clear();
                    open = opening;
                }
            }
            else
            {
                text.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        html.Append(WebUtility.HtmlEncode(text.ToString()));
        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString().Replace("<mark></mark>", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>True when the snippet marks at least one match.</summary>
    public static bool HasMatch(string? raw) => raw?.Contains(FtsIndex.MarkStart) == true;
}
