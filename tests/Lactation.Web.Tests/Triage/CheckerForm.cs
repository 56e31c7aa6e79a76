using System.Net;
using AngleSharp.Dom;

namespace Lactation.Web.Tests.Triage;

/// <summary>Fills in the symptom checker like a browser with JavaScript off: GET the page, then POST the form with its token.</summary>
public static class CheckerForm
{
    public const string Path = "/symptom-checker";

    /// <summary>Posts the answers with the anti-forgery token from a fresh GET (the client keeps the cookie).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var page = await client.GetDocumentAsync(Path);
        var token = page.QuerySelector("form#checker-form input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), "The form carries an anti-forgery token.");
        return await client.PostAsync(Path, new FormUrlEncodedContent(
            [.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", token!)]));
    }

    public static async Task<IDocument> PostDocumentAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var response = await PostAsync(client, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    public static (string, string) Symptom(string id) => ("symptoms", id);
}
