using AngleSharp;
using AngleSharp.Dom;

namespace Lactation.Web.Tests;

/// <summary>Fetches a page and parses it, so tests assert on what a reader would see.</summary>
public static class Html
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await Browser.OpenAsync(request => request.Content(response.Content.ReadAsStream()));

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;
}
