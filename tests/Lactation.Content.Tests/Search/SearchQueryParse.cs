using System.Text.RegularExpressions;
using Lactation.Content.Search;
using Microsoft.Data.Sqlite;

namespace Lactation.Content.Tests.Search;

public sealed partial class SearchQueryParse
{
    /// <summary>Text people (and scripts) type into search boxes that must never reach FTS5 as syntax.</summary>
    public static TheoryData<string> HostileInputs => new()
    {
        "\"",
        "\"\"\"",
        "mastitis\"",
        "\"unclosed phrase",
        "*",
        "mast*",
        "* OR *",
        "NEAR(let down)",
        "NEAR(a b, 2)",
        "let NEAR down",
        "AND",
        "OR",
        "NOT",
        "mastitis NOT fever",
        "a AND OR NOT b",
        "title:mastitis",
        "{title body}: lump",
        "- body : x",
        "^lump",
        "lump^2",
        ")(",
        "((((",
        "))))",
        "[lump]",
        "{lump}",
        "'; DROP TABLE articles;--",
        "\" OR 1=1 --",
        "1' OR '1'='1",
        "<script>alert(1)</script>",
        "🤱🍼",
        "lump 🤱 sore",
        "\u0000\u0001\u0002\u0003",
        "lump\u0000sore",
        "\u200B\u200D\uFEFF",
        "\uD800",
        "mastite inflamação",
        "乳腺炎",
        "мастит",
        "التهاب الثدي",
        "Ｍａｓｔｉｔｉｓ",
        "e\u0301\u0301\u0301",
        "\u0301lump",
        new string('a', 5000),
        string.Join(' ', Enumerable.Repeat("lump", 500)),
        "a-b-c-d-e-f-g-h",
        "---",
        "''''",
        "_._._",
        "38.5°C",
        "can't",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputBecomesOnlyQuotedWords(string input)
    {
        var query = SearchQuery.Parse(input, SynonymSet.Parse(["lump, knot, hard spot"]));

        foreach (var mode in new[] { SearchMode.AllWords, SearchMode.AnyWord })
        {
            var match = query.ToMatch(mode);
            Assert.Matches(SafeMatch(), match);
        }
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void HostileInputRunsAgainstRealFts5WithoutError(string input)
    {
        var query = SearchQuery.Parse(input);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var setup = connection.CreateCommand();
        setup.CommandText = """
            CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO t VALUES ('Hard lump', 'A sore lump can''t hurt: 38.5 °C. Mastite, 乳腺炎, мастит.');
            """;
        setup.ExecuteNonQuery();

        foreach (var mode in new[] { SearchMode.AllWords, SearchMode.AnyWord })
        {
            if (query.IsEmpty)
            {
                continue;
            }

            using var search = connection.CreateCommand();
            search.CommandText = "SELECT rowid, bm25(t), snippet(t, 1, '[', ']', '…', 8) FROM t WHERE t MATCH $match ORDER BY bm25(t)";
            search.Parameters.AddWithValue("$match", query.ToMatch(mode));
            using var reader = search.ExecuteReader();
            while (reader.Read())
            {
                Assert.Equal(1, reader.GetInt64(0));
            }
        }
    }

    [Theory]
    [InlineData("mastitis", "\"mastitis\"*")]
    [InlineData("Hard LUMP", "\"hard\" AND \"lump\"*")]
    [InlineData("let-down slow", "\"let down\" AND \"slow\"*")]
    [InlineData("can't sleep", "\"can t\" AND \"sleep\"*")]
    [InlineData("how many wet nappies", "\"wet\" AND \"nappies\"*")]
    [InlineData("the", "\"the\"")]
    [InlineData("how to", "\"how\" AND \"to\"")]
    [InlineData("NEAR(a b)", "\"near\" AND \"b\"")]
    [InlineData("title:lump", "\"title\" AND \"lump\"*")]
    [InlineData("\"lump\" OR \"sore\"*", "\"lump\" AND \"sore\"*")]
    [InlineData("lump NOT fever", "\"lump\" AND \"not\" AND \"fever\"*")]
    [InlineData("'; DROP TABLE articles;--", "\"drop\" AND \"table\" AND \"articles\"*")]
    [InlineData("38.5°C fever", "\"38 5\" AND \"c\" AND \"fever\"*")]
    [InlineData("pu", "\"pu\"")]
    [InlineData("Mastíte", "\"mastíte\"*")]
    public void BuildsQuotedAndOfWordsWithThePrefixOnTheLast(string input, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(input).ToMatch());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🤱🍼")]
    [InlineData("\"*^():")]
    [InlineData("\u0000\u0001")]
    public void NothingSearchableIsAnEmptyQuery(string? input)
    {
        var query = SearchQuery.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Equal(string.Empty, query.ToMatch());
    }

    [Fact]
    public void AnyWordJoinsGroupsWithOr() =>
        Assert.Equal("\"hard\" OR \"lump\"*", SearchQuery.Parse("hard lump").ToMatch(SearchMode.AnyWord));

    [Fact]
    public void TextIsTidiedForDisplay() =>
        Assert.Equal("hard lump", SearchQuery.Parse("  hard\t\u0000 lump \n").Text);

    [Fact]
    public void ReplaceSwapsSingleWordsAndKeepsTheRest() =>
        Assert.Equal("hard lump mastitis let-down", SearchQuery.Parse("hard lump mastitsi let-down").Replace(new Dictionary<string, string> { ["mastitsi"] = "mastitis" }));

    [Fact]
    public void VeryLongInputIsBounded() =>
        Assert.True(SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 1000).Select(i => "word" + i))).Groups.Count <= 32);

    [GeneratedRegex("""^(\(?"[\p{L}\p{N}\p{M} ]+"\*?( OR "[\p{L}\p{N}\p{M} ]+"\*?)*\)?( (AND|OR) \(?"[\p{L}\p{N}\p{M} ]+"\*?( OR "[\p{L}\p{N}\p{M} ]+"\*?)*\)?)*)?$""")]
    private static partial Regex SafeMatch();
}
