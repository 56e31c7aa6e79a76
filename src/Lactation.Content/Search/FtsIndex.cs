using System.Data.Common;
using Lactation.Content.Articles;
using Lactation.Content.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lactation.Content.Search;

/// <summary>
/// The raw SQL the index needs for SQLite FTS5, kept in one place. The search tables are kept in step with the
/// articles table by the indexer; drafts are never in them.
/// </summary>
/// <remarks>
/// The text lives once, in <c>article_search</c>, keyed by slug so a changed article is found without scanning.
/// Topics sit in a narrow table of their own, so counting results per topic reads small rows, not article text.
/// Two FTS5 indexes read the text (external content): <c>article_fts</c> stems words for matching and ranking, and
/// <c>article_words</c> keeps words as written (no positions), so "Did you mean" can offer real words.
/// </remarks>
internal static class FtsIndex
{
    /// <summary>
    /// The rank (lower is better): title 10, headings 5, description 3, body 1, as bm25 weights, but in two bm25
    /// calls rather than one. A single <c>bm25(article_fts, 0, 10, 5, 3, 1)</c> adds the weighted counts before bm25
    /// saturates them, so an article that says "pump" forty times in its body scores like one with "Pumping" in
    /// its title. Here the short fields are scored together at a tenth of those weights (small enough not to
    /// saturate, so their order holds) and multiplied back, and the body is scored on its own, as BM25F does.
    /// Four calls, one per column, rank the real articles the same and cost more.
    /// </summary>
    /// <remarks><see cref="RankingSnapshot"/> ranks the same way in memory, from these same numbers.</remarks>
    internal static readonly string Rank = string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"({ShortFieldsScale:R} * bm25(article_fts, 0, {TitleWeight:R}, {HeadingsWeight:R}, {DescriptionWeight:R}, 0) + bm25(article_fts, 0, 0, 0, 0, 1))");

    internal const double ShortFieldsScale = 10;
    internal const double TitleWeight = 1;
    internal const double HeadingsWeight = 0.5;
    internal const double DescriptionWeight = 0.3;

    /// <summary>Empty rows kept in <c>article_fts</c> per article; see <see cref="BalanceAsync"/>.</summary>
    private const int PaddingPerArticle = 3;

    /// <summary>Snippet markers: control characters no article text contains (they are stripped on the way in).</summary>
    public const char MarkStart = '\u0002';
    public const char MarkEnd = '\u0003';

    public const string CreateSql = $$"""
        CREATE TABLE IF NOT EXISTS article_search(
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            slug TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL, headings TEXT NOT NULL, description TEXT NOT NULL, body TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS article_topics(id INTEGER PRIMARY KEY, topics TEXT NOT NULL);
        CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
            slug UNINDEXED, title, headings, description, body,
            content = 'article_search', content_rowid = 'id',
            tokenize = '{{FtsStemmer.Tokenizer}}');
        CREATE VIRTUAL TABLE IF NOT EXISTS article_vocab USING fts5vocab(article_fts, row);
        CREATE VIRTUAL TABLE IF NOT EXISTS article_fts_instances USING fts5vocab(article_fts, instance);
        CREATE TABLE IF NOT EXISTS article_fts_padding(id INTEGER PRIMARY KEY);
        CREATE VIRTUAL TABLE IF NOT EXISTS article_words USING fts5(
            title, headings, description, body,
            content = 'article_search', content_rowid = 'id', detail = none,
            tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE IF NOT EXISTS article_words_vocab USING fts5vocab(article_words, row);
        """;

    /// <summary>
    /// Writes articles into the search tables inside the indexer's transaction. The statements are prepared once
    /// per pass and reused, which matters when a whole library is indexed at once.
    /// </summary>
    public sealed class Writer : IAsyncDisposable
    {
        private const string UpsertSql = """
            INSERT INTO article_search(slug, title, headings, description, body)
                VALUES ($slug, $title, $headings, $description, $body);
            INSERT INTO article_topics(id, topics) SELECT id, $topics FROM article_search WHERE slug = $slug;
            INSERT INTO article_fts(rowid, slug, title, headings, description, body)
                SELECT id, slug, title, headings, description, body FROM article_search WHERE slug = $slug;
            INSERT INTO article_words(rowid, title, headings, description, body)
                SELECT id, title, headings, description, body FROM article_search WHERE slug = $slug;
            """;

        // External-content FTS5 tables forget a row when told its old values; then the text row goes.
        private const string DeleteSql = """
            INSERT INTO article_fts(article_fts, rowid, slug, title, headings, description, body)
                SELECT 'delete', id, slug, title, headings, description, body FROM article_search WHERE slug = $slug;
            INSERT INTO article_words(article_words, rowid, title, headings, description, body)
                SELECT 'delete', id, title, headings, description, body FROM article_search WHERE slug = $slug;
            DELETE FROM article_topics WHERE id = (SELECT id FROM article_search WHERE slug = $slug);
            DELETE FROM article_search WHERE slug = $slug;
            """;

        private readonly DbCommand _upsert;
        private readonly DbCommand _delete;

        private Writer(DbCommand upsert, DbCommand delete)
        {
            _upsert = upsert;
            _delete = delete;
        }

        public static async Task<Writer> OpenAsync(DbContext db, CancellationToken ct) => new(
            await CommandAsync(db, UpsertSql, ct, ("$slug", ""), ("$topics", ""), ("$title", ""), ("$headings", ""), ("$description", ""), ("$body", "")),
            await CommandAsync(db, DeleteSql, ct, ("$slug", "")));

        /// <summary>Adds a published article; the caller deletes any previous version first.</summary>
        public Task InsertAsync(Article article, CancellationToken ct)
        {
            _upsert.Parameters["$slug"].Value = article.Slug;
            _upsert.Parameters["$topics"].Value = IndexedArticle.Key(article.Topics);
            _upsert.Parameters["$title"].Value = Clean(article.Title);
            _upsert.Parameters["$headings"].Value = Clean(article.Headings);
            _upsert.Parameters["$description"].Value = Clean(article.Description);
            _upsert.Parameters["$body"].Value = Clean(article.PlainText);
            return _upsert.ExecuteNonQueryAsync(ct);
        }

        public Task DeleteAsync(string slug, CancellationToken ct)
        {
            _delete.Parameters["$slug"].Value = slug;
            return _delete.ExecuteNonQueryAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            await _upsert.DisposeAsync();
            await _delete.DisposeAsync();
        }
    }

    /// <summary>
    /// Keeps three empty rows in <c>article_fts</c> for each article. bm25 weighs a word by how few rows hold it,
    /// and FTS5 floors that weight at almost nothing once a word is in half the rows. In a library about one
    /// subject most words are ("breast", "pump", "mastitis"), so without padding a rare synonym outweighs every
    /// word the reader typed, and a word in every article counts for nothing even in a title. Empty rows match
    /// nothing and never show; they only raise the row count bm25 sees, so every word keeps some weight.
    /// Padding rows have ids -1, -2, ... and are listed in <c>article_fts_padding</c>.
    /// </summary>
    // REVIEW: a known trick rather than an FTS5 feature; drop it if FTS5 ever lets bm25's IDF floor be set.
    public static Task BalanceAsync(DbContext db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync($$"""
        WITH RECURSIVE n(i) AS (
            SELECT coalesce(max(-id), 0) + 1 FROM article_fts_padding
            UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT {{PaddingPerArticle}} * count(*) FROM article_search))
        INSERT INTO article_fts(rowid, slug, title, headings, description, body)
            SELECT -i, '', '', '', '', '' FROM n WHERE i <= (SELECT {{PaddingPerArticle}} * count(*) FROM article_search);
        WITH RECURSIVE n(i) AS (
            SELECT coalesce(max(-id), 0) + 1 FROM article_fts_padding
            UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT {{PaddingPerArticle}} * count(*) FROM article_search))
        INSERT INTO article_fts_padding(id) SELECT -i FROM n WHERE i <= (SELECT {{PaddingPerArticle}} * count(*) FROM article_search);
        INSERT INTO article_fts(article_fts, rowid, slug, title, headings, description, body)
            SELECT 'delete', id, '', '', '', '', '' FROM article_fts_padding
            WHERE -id > (SELECT {{PaddingPerArticle}} * count(*) FROM article_search);
        DELETE FROM article_fts_padding WHERE -id > (SELECT {{PaddingPerArticle}} * count(*) FROM article_search);
        """, ct);

    /// <summary>
    /// Merges each FTS5 index into one segment. A bulk write (a first build) leaves a dozen, and every query reads
    /// each of its terms in every segment; small edits later add a segment each, which FTS5 merges as they pile up.
    /// </summary>
    public static Task OptimizeAsync(DbContext db, CancellationToken ct) => db.Database.ExecuteSqlRawAsync("""
        INSERT INTO article_fts(article_fts) VALUES('optimize');
        INSERT INTO article_words(article_words) VALUES('optimize');
        """, ct);

    /// <summary>How many articles match, per distinct topic list ("|a|b|"), for the total and the facets.</summary>
    public static async Task<IReadOnlyList<(string Topics, int Count)>> CountByTopicsAsync(DbContext db, string match, CancellationToken ct)
    {
        const string sql = """
            SELECT t.topics, count(*)
            FROM article_fts CROSS JOIN article_topics AS t ON t.id = article_fts.rowid
            WHERE article_fts MATCH $match
            GROUP BY t.topics
            """;
        var rows = new List<(string, int)>();
        await using var command = await CommandAsync(db, sql, ct, ("$match", match));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return rows;
    }

    /// <summary>True when the expression matches at least one article.</summary>
    public static async Task<bool> AnyAsync(DbContext db, string match, CancellationToken ct)
    {
        await using var command = await CommandAsync(
            db, "SELECT EXISTS (SELECT 1 FROM article_fts WHERE article_fts MATCH $match)", ct, ("$match", match));
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>
    /// One page of matches, best first (bm25 is negative: lower is better; equal scores in slug order), as
    /// <see cref="RankingSnapshot.RankedMatches.Page"/> gives it from memory. Ranking reads every match.
    /// </summary>
    public static async Task<IReadOnlyList<RankedArticle>> PageAsync(
        DbContext db, string match, string? topicKey, int limit, long offset, CancellationToken ct)
    {
        var ranked = topicKey is null
            ? $"""
                SELECT article_fts.rowid AS id, {Rank} AS score FROM article_fts
                WHERE article_fts MATCH $match ORDER BY score LIMIT $limit OFFSET $offset
                """
            : $"""
                SELECT article_fts.rowid AS id, {Rank} AS score
                FROM article_fts CROSS JOIN article_topics AS t ON t.id = article_fts.rowid
                WHERE article_fts MATCH $match AND instr(t.topics, $topic) > 0 ORDER BY score LIMIT $limit OFFSET $offset
                """;
        var sql = $"""
            WITH ranked AS MATERIALIZED ({ranked})
            SELECT ranked.id, s.slug, t.topics, ranked.score
            FROM ranked CROSS JOIN article_search AS s ON s.id = ranked.id CROSS JOIN article_topics AS t ON t.id = ranked.id
            ORDER BY ranked.score, s.slug
            """;
        var rows = new List<RankedArticle>();
        await using var command = await CommandAsync(
            db, sql, ct, ("$match", match), ("$topic", topicKey), ("$limit", limit), ("$offset", offset));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new RankedArticle(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        }

        return rows;
    }

    public sealed record SnippetRow(string Title, string BodySnippet, string DescriptionSnippet);

    /// <summary>A ranked match: its id, slug, topic list ("|a|b|") and bm25 score (lower is better).</summary>
    public sealed record RankedArticle(long RowId, string Slug, string Topics, double Score);

    /// <summary>
    /// Titles and snippets for a page of matches, made only for the page's rows, in one more pass over the matches
    /// between the page's lowest and highest id. Looking each row up by id instead would set the whole expression up
    /// again per row, which costs more than the pass when the query has a prefix (its terms are gathered anew each
    /// time) or a phrase. "+rowid" keeps the ids out of FTS5's reach, so it scans the span once.
    /// </summary>
    public static async Task<IReadOnlyDictionary<long, SnippetRow>> SnippetsAsync(
        DbContext db, string match, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var rows = new Dictionary<long, SnippetRow>();
        if (ids.Count == 0)
        {
            return rows;
        }

        const string sql = """
            SELECT article_fts.rowid, s.title,
                snippet(article_fts, 4, char(2), char(3), '…', 24),
                snippet(article_fts, 3, char(2), char(3), '…', 32)
            FROM article_fts CROSS JOIN article_search AS s ON s.id = +article_fts.rowid
            WHERE article_fts MATCH $match AND article_fts.rowid BETWEEN $min AND $max
                AND +article_fts.rowid IN (SELECT value FROM json_each($ids))
            """;
        await using var command = await CommandAsync(
            db, sql, ct, ("$match", match), ("$min", ids.Min()), ("$max", ids.Max()), ("$ids", "[" + string.Join(",", ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]"));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows[reader.GetInt64(0)] = new SnippetRow(reader.GetString(1), reader.GetString(2), reader.GetString(3));
        }

        return rows;
    }

    /// <summary>Every indexed word as written (lower case, without accents), with how many articles use it.</summary>
    public static async Task<IReadOnlyList<(string Word, int Articles)>> WordsAsync(DbContext db, CancellationToken ct)
    {
        var words = new List<(string, int)>();
        await using var command = await CommandAsync(db, "SELECT term, doc FROM article_words_vocab", ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            words.Add((reader.GetString(0), reader.GetInt32(1)));
        }

        return words;
    }

    private static string Clean(string text) =>
        text.Contains(MarkStart) || text.Contains(MarkEnd) ? text.Replace(MarkStart, ' ').Replace(MarkEnd, ' ') : text;

    private static async Task<DbCommand> CommandAsync(DbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        // EF opens and closes the connection around its own commands; raw ADO.NET reads need it open for the scope.
        await db.Database.OpenConnectionAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
