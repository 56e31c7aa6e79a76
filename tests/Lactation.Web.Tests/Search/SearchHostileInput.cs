using System.Net;

namespace Lactation.Web.Tests.Search;

/// <summary>Whatever arrives in the query string, search answers 200 or a clear 400; never a server error.</summary>
public sealed class SearchHostileInput(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Query strings as they arrive, already percent-encoded (so broken UTF-8 can be sent too).</summary>
    public static TheoryData<string, string> Requests()
    {
        string[] texts =
        [
            "\"", "\"lump", "lump\"\"", "*", "lump*", "* OR *", "NEAR(a b)", "NEAR(let down, 2)", "AND", "OR", "NOT", "lump NOT fever",
            "title:x", "{title body}: lump", "^", "^lump", ")(", "((", "[lump]", "'; DROP TABLE articles;--", "\" OR 1=1 --",
            "<script>alert(1)</script>", "🤱🍼", "lump 🤱", "\u0000", "\u0001\u0002\u0003lump", "\u200B", "乳腺炎", "мастит",
            "Ｍａｓｔｉｔｉｓ", "e\u0301\u0301", new string('a', 200), new string('a', 201), new string('x', 5000), "%", "&", "+", "=",
        ];
        var raw = new List<string>(texts.Select(t => "q=" + Uri.EscapeDataString(t)))
        {
            "q=%FF%FE",
            "q=%ED%A0%80",
            "q=%00",
            "q=a&q=b",
            "q=lump&page=0",
            "q=lump&page=-1",
            "q=lump&page=abc",
            "q=lump&page=1e3",
            "q=lump&page=99999999999",
            "q=lump&page=2147483647",
            "q=lump&topic=cats",
            "q=lump&topic=..%2F..%2Fetc",
            "q=lump&topic=mastitis'--",
            "q=lump&topic=",
            "page=2",
            "topic=mastitis",
            "",
        };
        var data = new TheoryData<string, string>();
        foreach (var endpoint in new[] { "/search", "/api/search" })
        {
            foreach (var query in raw)
            {
                data.Add(endpoint, query);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task AnswersOkOrBadRequestNeverAServerError(string endpoint, string query)
    {
        var response = await _client.GetAsync(endpoint + "?" + query);

        Assert.True(
            response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
            $"{endpoint}?{query} answered {(int)response.StatusCode}");
        var type = response.Content.Headers.ContentType?.MediaType;
        if (endpoint == "/search")
        {
            Assert.Equal("text/html", type);
        }
        else
        {
            Assert.Equal(response.StatusCode == HttpStatusCode.OK ? "application/json" : "application/problem+json", type);
        }
    }
}
