using Microsoft.EntityFrameworkCore;

namespace Lactation.Content.Search;

/// <summary>
/// The raw SQL the index needs for SQLite FTS5, kept in one place. The FTS table is kept in step with the
/// articles table by the indexer; drafts are never in it.
/// </summary>
internal static class FtsIndex
{
    public const string CreateSql = """
        CREATE VIRTUAL TABLE IF NOT EXISTS article_fts USING fts5(
            slug UNINDEXED, title, headings, description, body,
            tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE IF NOT EXISTS article_vocab USING fts5vocab(article_fts, row);
        """;

    public static Task UpsertAsync(DbContext db, string slug, string title, string headings, string description, string body, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO article_fts(slug, title, headings, description, body) VALUES ({slug}, {title}, {headings}, {description}, {body})", ct);

    public static Task DeleteAsync(DbContext db, string slug, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM article_fts WHERE slug = {slug}", ct);
}
