using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lactation.Content.Search;

/// <summary>
/// FTS5's own word counts for every article, read once per change of the index, so a search can rank in memory
/// what FTS5 would rank row by row. It reproduces <see cref="FtsIndex.Rank"/> exactly: the same bm25 formula,
/// constants, weights, row count and lengths, over the counts FTS5 itself holds (read from its <c>fts5vocab</c>
/// instance table, so the words are stemmed and split by FTS5, not by a copy of its rules). The tests compare the
/// two rankings score for score.
/// </summary>
/// <remarks>
/// Why: bm25 in FTS5 builds each matching row's list of word positions before it can score it, about 1 µs a row,
/// and in a library about breastfeeding a parent's words are in most articles (10,000 articles: 6,000 matches and
/// 14 ms for "hard lump boob hurts"). Here a search adds up a few precomputed counts per match instead.
/// A phrase of several words is ranked here only if it is a synonym variant (its counts are worked out when the
/// snapshot is built); any other phrase ("skin-to-skin") and a prefix inside a phrase go to FTS5, which ranks
/// them the same way, only slower. FTS5 still finds the snippets.
/// </remarks>
public sealed class RankingSnapshot
{
    // fts5_aux.c, fts5Bm25Function.
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly long[] _rowIds;
    private readonly string[] _slugs;
    private readonly int[] _topicKeys;
    private readonly string[] _topicKeyNames;
    private readonly int[] _lengths;
    private readonly double _averageLength;
    private readonly long _rowCount;
    private readonly string[] _terms;
    private readonly Posting[][] _postings;
    private readonly Dictionary<string, Posting[]> _phrases;
    private readonly FtsStemmer _stemmer;

    private RankingSnapshot(
        long generation, SynonymSet synonyms, FtsStemmer stemmer, long[] rowIds, string[] slugs, int[] topicKeys, string[] topicKeyNames,
        int[] lengths, long rowCount, long tokenCount, string[] terms, Posting[][] postings, Dictionary<string, Posting[]> phrases)
    {
        Generation = generation;
        Synonyms = synonyms;
        _stemmer = stemmer;
        _rowIds = rowIds;
        _slugs = slugs;
        _topicKeys = topicKeys;
        _topicKeyNames = topicKeyNames;
        _lengths = lengths;
        _rowCount = rowCount;
        _averageLength = (double)tokenCount / (double)rowCount;
        _terms = terms;
        _postings = postings;
        _phrases = phrases;
    }

    /// <summary>The index generation the counts were read at (<see cref="Index.IndexState.Generation"/>).</summary>
    public long Generation { get; }

    /// <summary>The synonyms whose phrases were counted.</summary>
    public SynonymSet Synonyms { get; }

    public int Articles => _rowIds.Length;

    public long Postings => _postings.Sum(p => (long)p.Length) + _phrases.Values.Sum(p => (long)p.Length);

    /// <summary>
    /// The articles matching <paramref name="query"/> with their scores, or null when a phrase of the query can
    /// only be ranked by FTS5 (see the remarks on the class).
    /// </summary>
    public RankedMatches? Match(SearchQuery query, SearchMode mode)
    {
        var phrases = query.Groups.SelectMany(g => g.Alternatives).ToList();
        var stems = _stemmer.Stem([.. phrases.SelectMany(p => p.Tokens).Distinct(StringComparer.Ordinal)]);
        var stemOf = phrases.SelectMany(p => p.Tokens).Distinct(StringComparer.Ordinal)
            .Zip(stems).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);

        var lists = new List<Posting[]>(phrases.Count);
        foreach (var phrase in phrases)
        {
            if (phrase.Tokens.Any(t => stemOf[t] is null) || Resolve(phrase, phrase.Tokens.Select(t => stemOf[t]!).ToArray()) is not { } list)
            {
                return null;
            }

            lists.Add(list);
        }

        // Which articles match: every group (or, failing that, any) has one of its phrases.
        var docs = _rowIds.Length;
        var groupsMatched = new int[docs];
        var lastGroup = new int[docs];
        var phraseIndex = 0;
        for (var g = 0; g < query.Groups.Count; g++)
        {
            foreach (var _ in query.Groups[g].Alternatives)
            {
                foreach (var posting in lists[phraseIndex])
                {
                    if (lastGroup[posting.Doc] != g + 1)
                    {
                        lastGroup[posting.Doc] = g + 1;
                        groupsMatched[posting.Doc]++;
                    }
                }

                phraseIndex++;
            }
        }

        var needed = mode == SearchMode.AllWords ? query.Groups.Count : 1;

        // bm25 as FTS5 computes it, phrase by phrase in the order of the MATCH expression, so the sums are
        // made in the same order and the scores come out the same to the last bit.
        var shortScores = new double[docs];
        var bodyScores = new double[docs];
        foreach (var list in lists)
        {
            var hits = list.Length;
            var idf = Math.Log((_rowCount - hits + 0.5) / (hits + 0.5));
            if (idf <= 0.0)
            {
                idf = 1e-6;
            }

            foreach (var posting in list)
            {
                if (groupsMatched[posting.Doc] < needed)
                {
                    continue;
                }

                double length = _lengths[posting.Doc];
                var shortFrequency = ShortFrequency(posting);
                if (shortFrequency > 0)
                {
                    shortScores[posting.Doc] += idf * ((shortFrequency * (K1 + 1.0)) / (shortFrequency + (K1 * (1 - B + (B * length / _averageLength)))));
                }

                if (posting.Body > 0)
                {
                    double bodyFrequency = posting.Body;
                    bodyScores[posting.Doc] += idf * ((bodyFrequency * (K1 + 1.0)) / (bodyFrequency + (K1 * (1 - B + (B * length / _averageLength)))));
                }
            }
        }

        var matched = new List<int>();
        for (var doc = 0; doc < docs; doc++)
        {
            if (groupsMatched[doc] >= needed)
            {
                matched.Add(doc);
            }
        }

        var scores = new double[matched.Count];
        for (var i = 0; i < matched.Count; i++)
        {
            var doc = matched[i];
            scores[i] = (FtsIndex.ShortFieldsScale * -shortScores[doc]) + -bodyScores[doc];
        }

        return new RankedMatches(this, matched, scores);
    }

    /// <summary>FTS5 adds a column's weight once per occurrence, in column order; so do we, for the same rounding.</summary>
    private static double ShortFrequency(Posting posting)
    {
        var frequency = 0.0;
        for (var i = 0; i < posting.Title; i++)
        {
            frequency += FtsIndex.TitleWeight;
        }

        for (var i = 0; i < posting.Headings; i++)
        {
            frequency += FtsIndex.HeadingsWeight;
        }

        for (var i = 0; i < posting.Description; i++)
        {
            frequency += FtsIndex.DescriptionWeight;
        }

        return frequency;
    }

    /// <summary>The counts for one phrase of the query: a word, a prefix of words, or a synonym phrase.</summary>
    private Posting[]? Resolve(SearchPhrase phrase, string[] stems)
    {
        if (stems.Length > 1)
        {
            return phrase.Prefix ? null : _phrases.GetValueOrDefault(string.Join(' ', stems));
        }

        var first = Array.BinarySearch(_terms, stems[0], StringComparer.Ordinal);
        if (!phrase.Prefix)
        {
            return first >= 0 ? _postings[first] : [];
        }

        // A prefix is every word that starts with it, counted together as one phrase, as FTS5 does.
        var start = first >= 0 ? first : ~first;
        var end = start;
        while (end < _terms.Length && _terms[end].StartsWith(stems[0], StringComparison.Ordinal))
        {
            end++;
        }

        return (end - start) switch
        {
            0 => [],
            1 => _postings[start],
            _ => Merge(_postings[start..end]),
        };
    }

    private Posting[] Merge(Posting[][] lists)
    {
        var sums = new Posting[_rowIds.Length];
        var present = new bool[_rowIds.Length];
        foreach (var list in lists)
        {
            foreach (var p in list)
            {
                ref var sum = ref sums[p.Doc];
                sum = new Posting(p.Doc, Add(sum.Title, p.Title), Add(sum.Headings, p.Headings), Add(sum.Description, p.Description), Add(sum.Body, p.Body));
                present[p.Doc] = true;
            }
        }

        var merged = new List<Posting>();
        for (var doc = 0; doc < present.Length; doc++)
        {
            if (present[doc])
            {
                merged.Add(sums[doc]);
            }
        }

        return [.. merged];
    }

    private static ushort Add(ushort a, int b) => (ushort)Math.Min(ushort.MaxValue, a + b);

    /// <summary>
    /// Reads the counts from the index in one read transaction. Every instance of every word is one row of
    /// <c>article_fts_instances</c>, in order of word, article, column and position.
    /// </summary>
    internal static RankingSnapshot Load(string databaseFile, long generation, SynonymSet synonyms, FtsStemmer stemmer)
    {
        // Its own read-only connection, through the SQLite API itself: millions of rows are read, and Microsoft.Data
        // .Sqlite would make a string of every one. The read transaction sees one version of the index throughout.
        Check(raw.sqlite3_open_v2(databaseFile, out var db, raw.SQLITE_OPEN_READONLY, null), null);
        using var _ = db;
        Check(raw.sqlite3_exec(db, "BEGIN"), db);
        var rowIds = new List<long>();
        var slugs = new List<string>();
        var topicKeys = new List<int>();
        var topicKeyNames = new List<string>();
        var topicKeyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var statement in Rows(db, "SELECT s.id, s.slug, t.topics FROM article_search AS s JOIN article_topics AS t ON t.id = s.id ORDER BY s.id"))
        {
            rowIds.Add(raw.sqlite3_column_int64(statement, 0));
            slugs.Add(raw.sqlite3_column_text(statement, 1).utf8_to_string());
            var topics = raw.sqlite3_column_text(statement, 2).utf8_to_string();
            if (!topicKeyIds.TryGetValue(topics, out var key))
            {
                key = topicKeyNames.Count;
                topicKeyIds[topics] = key;
                topicKeyNames.Add(topics);
            }

            topicKeys.Add(key);
        }

        long rowCount = 0;
        foreach (var statement in Rows(db, "SELECT (SELECT count(*) FROM article_search) + (SELECT count(*) FROM article_fts_padding)"))
        {
            rowCount = raw.sqlite3_column_int64(statement, 0);
        }

        // The synonym phrases of several words (abbreviations too: "D-MER" is searched as typed), as stems: their
        // words' positions are kept while reading.
        var phraseStems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var multiWord = synonyms.Phrases.Concat(synonyms.Variants).Where(p => p.Tokens.Count > 1).ToList();
        var stems = stemmer.Stem([.. multiWord.SelectMany(p => p.Tokens).Distinct(StringComparer.Ordinal)]);
        var stemOf = multiWord.SelectMany(p => p.Tokens).Distinct(StringComparer.Ordinal).Zip(stems).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
        foreach (var phrase in multiWord)
        {
            if (phrase.Tokens.All(t => stemOf[t] is not null))
            {
                var key = phrase.Tokens.Select(t => stemOf[t]!).ToArray();
                phraseStems[string.Join(' ', key)] = key;
            }
        }

        var positionsWanted = phraseStems.Values.SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        var positions = new Dictionary<string, List<long>>(StringComparer.Ordinal);

        var docIndex = new Dictionary<long, int>(rowIds.Count);
        for (var i = 0; i < rowIds.Count; i++)
        {
            docIndex[rowIds[i]] = i;
        }

        var lengths = new int[rowIds.Count];
        long tokenCount = 0;
        var terms = new List<string>();
        foreach (var statement in Rows(db, "SELECT term FROM article_vocab"))
        {
            terms.Add(raw.sqlite3_column_text(statement, 0).utf8_to_string());
        }

        // One query per word, so a row is just (article, column, position): millions of rows are read, and each
        // call into SQLite costs more than the work done with its answer.
        var postings = new Posting[terms.Count][];
        var current = new List<Posting>();
        Check(raw.sqlite3_prepare_v2(db, "SELECT doc, col, \"offset\" FROM article_fts_instances WHERE term = ?1", out var instances), db);
        using (instances)
        {
            for (var t = 0; t < terms.Count; t++)
            {
                var termPositions = positionsWanted.Contains(terms[t]) ? positions[terms[t]] = [] : null;
                Check(raw.sqlite3_reset(instances), db);
                Check(raw.sqlite3_bind_text(instances, 1, terms[t]), db);
                var lastRowId = long.MinValue;
                var doc = -1;
                int title = 0, headings = 0, description = 0, body = 0;
                int rc;
                while ((rc = raw.sqlite3_step(instances)) == raw.SQLITE_ROW)
                {
                    var rowId = raw.sqlite3_column_int64(instances, 0);
                    if (rowId != lastRowId)
                    {
                        if (doc >= 0)
                        {
                            current.Add(new Posting(doc, Clamp(title), Clamp(headings), Clamp(description), Clamp(body)));
                            (title, headings, description, body) = (0, 0, 0, 0);
                        }

                        // Padding rows are empty, so every instance belongs to an article.
                        lastRowId = rowId;
                        doc = docIndex[rowId];
                    }

                    var column = ColumnOf(raw.sqlite3_column_bytes(instances, 1));
                    switch (column)
                    {
                        case 1: title++; break;
                        case 2: headings++; break;
                        case 3: description++; break;
                        default: body++; break;
                    }

                    lengths[doc]++;
                    tokenCount++;
                    termPositions?.Add(((long)doc << 32) | ((long)column << 24) | (uint)raw.sqlite3_column_int(instances, 2));
                }

                Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc, db);
                if (doc >= 0)
                {
                    current.Add(new Posting(doc, Clamp(title), Clamp(headings), Clamp(description), Clamp(body)));
                }

                postings[t] = [.. current];
                current.Clear();
            }
        }

        Check(raw.sqlite3_exec(db, "COMMIT"), db);

        var termArray = terms.ToArray();
        var postingArray = postings;
        Array.Sort(termArray, postingArray, StringComparer.Ordinal);
        var phrases = phraseStems.ToDictionary(p => p.Key, p => CountPhrase(p.Value, positions), StringComparer.Ordinal);
        return new RankingSnapshot(
            generation, synonyms, stemmer, [.. rowIds], [.. slugs], [.. topicKeys], [.. topicKeyNames], lengths, rowCount, tokenCount,
            termArray, postingArray, phrases);
    }

    /// <summary>Where the words of a phrase follow each other in one column, counted per article and column.</summary>
    private static Posting[] CountPhrase(string[] stems, Dictionary<string, List<long>> positions)
    {
        if (stems.Any(s => !positions.ContainsKey(s)))
        {
            return [];
        }

        var lists = stems.Select(s => CollectionsMarshal.AsSpan(positions[s]).ToArray()).ToArray();
        var counts = new SortedDictionary<int, int[]>();
        foreach (var start in lists[0])
        {
            var all = true;
            for (var i = 1; i < lists.Length && all; i++)
            {
                all = Array.BinarySearch(lists[i], start + i) >= 0;
            }

            if (all)
            {
                var doc = (int)(start >> 32);
                var column = (int)((start >> 24) & 0xFF);
                if (!counts.TryGetValue(doc, out var perColumn))
                {
                    counts[doc] = perColumn = new int[5];
                }

                perColumn[column]++;
            }
        }

        return [.. counts.Select(c => new Posting(c.Key, Clamp(c.Value[1]), Clamp(c.Value[2]), Clamp(c.Value[3]), Clamp(c.Value[4])))];
    }

    /// <summary>Steps through a query's rows; the statement is finalized when the loop ends, however it ends.</summary>
    private static IEnumerable<sqlite3_stmt> Rows(sqlite3 db, string sql)
    {
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                yield return statement;
            }

            Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc, db);
        }
    }

    private static void Check(int rc, sqlite3? db)
    {
        if (rc != raw.SQLITE_OK)
        {
            var message = db is null ? raw.sqlite3_errstr(rc).utf8_to_string() : raw.sqlite3_errmsg(db).utf8_to_string();
            throw new SqliteException("Reading the search index: " + message, rc);
        }
    }

    /// <summary>
    /// fts5vocab names the column; the names' lengths tell them apart: title, headings, description, body (slug is
    /// not indexed). A renamed column breaks the tests that compare scores with FTS5, not the site.
    /// </summary>
    private static int ColumnOf(int nameLength) => nameLength switch
    {
        5 => 1,
        8 => 2,
        11 => 3,
        _ => 4,
    };

    private static ushort Clamp(int count) => (ushort)Math.Min(count, ushort.MaxValue);

    /// <summary>One article's counts of one word (or phrase) in the title, headings, description and body.</summary>
    internal readonly record struct Posting(int Doc, ushort Title, ushort Headings, ushort Description, ushort Body);

    /// <summary>The matches of one search, unordered, with their scores (lower is better, as FTS5's bm25).</summary>
    public sealed class RankedMatches
    {
        private readonly RankingSnapshot _snapshot;
        private readonly List<int> _docs;
        private readonly double[] _scores;

        internal RankedMatches(RankingSnapshot snapshot, List<int> docs, double[] scores)
        {
            _snapshot = snapshot;
            _docs = docs;
            _scores = scores;
        }

        /// <summary>How many matches per distinct topic list ("|a|b|"), as <see cref="FtsIndex.CountByTopicsAsync"/>.</summary>
        public IReadOnlyList<(string Topics, int Count)> CountByTopics()
        {
            var counts = new int[_snapshot._topicKeyNames.Length];
            foreach (var doc in _docs)
            {
                counts[_snapshot._topicKeys[doc]]++;
            }

            return [.. counts.Select((count, key) => (_snapshot._topicKeyNames[key], count)).Where(c => c.count > 0)];
        }

        /// <summary>Every match's id and score, for comparing with FTS5.</summary>
        internal IEnumerable<(long RowId, double Score)> All() =>
            _docs.Select((doc, i) => (_snapshot._rowIds[doc], _scores[i]));

        /// <summary>One page, best first; equal scores in slug order.</summary>
        public IReadOnlyList<(long RowId, string Slug, string Topics, double Score)> Page(string? topicKey, int limit, long offset)
        {
            var wanted = (int)Math.Min(offset + limit, _docs.Count);
            if (wanted <= offset)
            {
                return [];
            }

            var slugs = _snapshot._slugs;
            var worstFirst = Comparer<(double Score, string Slug)>.Create((a, b) =>
            {
                var byScore = b.Score.CompareTo(a.Score);
                return byScore != 0 ? byScore : string.CompareOrdinal(b.Slug, a.Slug);
            });
            var heap = new PriorityQueue<int, (double Score, string Slug)>(wanted + 1, worstFirst);
            for (var i = 0; i < _docs.Count; i++)
            {
                var doc = _docs[i];
                if (topicKey is not null && !_snapshot._topicKeyNames[_snapshot._topicKeys[doc]].Contains(topicKey, StringComparison.Ordinal))
                {
                    continue;
                }

                var key = (_scores[i], slugs[doc]);
                if (heap.Count < wanted)
                {
                    heap.Enqueue(doc, key);
                }
                else if (heap.TryPeek(out _, out var worst) && worstFirst.Compare(key, worst) > 0)
                {
                    heap.EnqueueDequeue(doc, key);
                }
            }

            var best = new List<(long, string, string, double)>(heap.Count);
            while (heap.TryDequeue(out var doc, out var key))
            {
                best.Add((_snapshot._rowIds[doc], key.Slug, _snapshot._topicKeyNames[_snapshot._topicKeys[doc]], key.Score));
            }

            best.Reverse();
            return best.Count > offset ? best[(int)offset..] : [];
        }
    }
}
