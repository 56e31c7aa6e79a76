using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Lactation.Content.Search;

/// <summary>
/// A word as FTS5 indexes it ("hurts" is <c>hurt</c>, "expressing" is <c>express</c>), asked of FTS5 itself: the
/// word is written into a one-column FTS5 table in memory with the index's own tokenizer, and read back from its
/// vocabulary. So the in-memory ranking (<see cref="RankingSnapshot"/>) looks words up exactly as MATCH does,
/// without a second copy of the Porter stemmer and the unicode61 rules to keep in step.
/// </summary>
public sealed class FtsStemmer : IDisposable
{
    /// <summary>Must equal the tokenizer of <c>article_fts</c> in <see cref="FtsIndex.CreateSql"/>.</summary>
    internal const string Tokenizer = "porter unicode61 remove_diacritics 2";

    /// <summary>Words remembered; more than any library's vocabulary and every reasonable day of searches.</summary>
    private const int Remembered = 50_000;

    private readonly ConcurrentDictionary<string, string?> _stems = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;

    /// <summary>
    /// The indexed form of each word, or null for a word that is not exactly one token to FTS5 (the caller then
    /// leaves the query to FTS5).
    /// </summary>
    public IReadOnlyList<string?> Stem(IReadOnlyList<string> words)
    {
        var result = new string?[words.Count];
        List<int>? unknown = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (_stems.TryGetValue(words[i], out var stem))
            {
                result[i] = stem;
            }
            else
            {
                (unknown ??= []).Add(i);
            }
        }

        if (unknown is null)
        {
            return result;
        }

        var fresh = Ask(unknown.Select(i => words[i]).ToList());
        if (_stems.Count + fresh.Count > Remembered)
        {
            _stems.Clear();
        }

        for (var j = 0; j < unknown.Count; j++)
        {
            result[unknown[j]] = fresh[j];
            _stems[words[unknown[j]]] = fresh[j];
        }

        return result;
    }

    /// <summary>Each distinct word with its indexed form (null as in <see cref="Stem"/>).</summary>
    public Dictionary<string, string?> StemEach(IEnumerable<string> words)
    {
        List<string> distinct = [.. words.Distinct(StringComparer.Ordinal)];
        return distinct.Zip(Stem(distinct)).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }

    private List<string?> Ask(List<string> words)
    {
        lock (_gate)
        {
            _connection ??= Open();
            using var transaction = _connection.BeginTransaction();
            using (var clear = _connection.CreateCommand())
            {
                clear.Transaction = transaction;
                clear.CommandText = "DELETE FROM words";
                clear.ExecuteNonQuery();
            }

            using (var insert = _connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO words(rowid, word) VALUES ($id, $word)";
                var id = insert.Parameters.Add("$id", SqliteType.Integer);
                var word = insert.Parameters.Add("$word", SqliteType.Text);
                for (var i = 0; i < words.Count; i++)
                {
                    id.Value = i + 1;
                    word.Value = words[i];
                    insert.ExecuteNonQuery();
                }
            }

            var tokens = new List<string>?[words.Count];
            using (var read = _connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT doc, term FROM word_tokens ORDER BY doc, \"offset\"";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    (tokens[reader.GetInt32(0) - 1] ??= []).Add(reader.GetString(1));
                }
            }

            transaction.Rollback();
            return [.. tokens.Select(t => t is [var only] ? only : null)];
        }
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE VIRTUAL TABLE words USING fts5(word, tokenize = '{Tokenizer}');
            CREATE VIRTUAL TABLE word_tokens USING fts5vocab(words, instance);
            """;
        command.ExecuteNonQuery();
        return connection;
    }
}
