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

    private readonly ArticleTable _articles;
    private readonly double _averageLength;
    private readonly long _rowCount;
    private readonly string[] _terms;
    private readonly Posting[][] _postings;
    private readonly Dictionary<string, Posting[]> _phrases;
    private readonly Dictionary<string, string[]> _phraseStems;
    private readonly FtsStemmer _stemmer;

    private RankingSnapshot(
        long generation, long rebuilds, SynonymSet synonyms, FtsStemmer stemmer, ArticleTable articles, long rowCount,
        string[] terms, Posting[][] postings, Dictionary<string, string[]> phraseStems, Dictionary<string, Posting[]> phrases)
    {
        Generation = generation;
        Rebuilds = rebuilds;
        Synonyms = synonyms;
        _stemmer = stemmer;
        _articles = articles;
        _rowCount = rowCount;
        _averageLength = (double)articles.Tokens / (double)rowCount;
        _terms = terms;
        _postings = postings;
        _phraseStems = phraseStems;
        _phrases = phrases;
    }

    /// <summary>The index generation the counts were read at (<see cref="Index.IndexState.Generation"/>).</summary>
    public long Generation { get; }

    /// <summary>How many times the index had been recreated (<see cref="Index.IndexState.Rebuilds"/>): ids are only comparable within one.</summary>
    public long Rebuilds { get; }

    /// <summary>The synonyms whose phrases were counted.</summary>
    public SynonymSet Synonyms { get; }

    public int Articles => _articles.Count - _articles.Removed;

    public long Postings => _postings.Sum(p => (long)p.Length) + _phrases.Values.Sum(p => (long)p.Length);

    /// <summary>
    /// The articles matching <paramref name="query"/> with their scores, or null when a phrase of the query can
    /// only be ranked by FTS5 (see the remarks on the class).
    /// </summary>
    public RankedMatches? Match(SearchQuery query, SearchMode mode)
    {
        var phrases = query.Groups.SelectMany(g => g.Alternatives).ToList();
        var stemOf = _stemmer.StemEach(phrases.SelectMany(p => p.Tokens));

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
        var docs = _articles.Count;
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

                double length = _articles.Lengths[posting.Doc];
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
            return phrase.Prefix ? null : _phrases.TryGetValue(string.Join(' ', stems), out var counted) ? Live(counted) : null;
        }

        var first = Array.BinarySearch(_terms, stems[0], StringComparer.Ordinal);
        if (!phrase.Prefix)
        {
            return first >= 0 ? Live(_postings[first]) : [];
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
            1 => Live(_postings[start]),
            _ => Live(Merge(_postings[start..end])),
        };
    }

    private Posting[] Merge(Posting[][] lists)
    {
        var sums = new Posting[_articles.Count];
        var present = new bool[_articles.Count];
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

    /// <summary>Without the articles removed since the full read (see <see cref="Update"/>).</summary>
    private Posting[] Live(Posting[] list) =>
        _articles.Removed == 0 ? list : Array.FindAll(list, p => _articles.Alive[p.Doc]);

    private static ushort Add(ushort a, int b) => (ushort)Math.Min(ushort.MaxValue, a + b);

    /// <summary>
    /// Reads every count from the index in one read transaction: every occurrence of every word is one row of
    /// <c>article_fts_instances</c>, in order of word, article, column and position.
    /// </summary>
    internal static RankingSnapshot Load(string databaseFile, long generation, long rebuilds, SynonymSet synonyms, FtsStemmer stemmer)
    {
        // Its own read-only connection, through the SQLite API itself: millions of rows are read, and Microsoft.Data
        // .Sqlite would make a string of every one. The read transaction sees one version of the index throughout.
        using var db = OpenReadOnly(databaseFile);
        var articles = ArticleTable.Empty.With(ReadArticles(db, afterId: null), removed: []);
        var rowCount = RowCount(db);
        var phraseStems = PhraseStems(synonyms, stemmer);
        var terms = new List<string>();
        foreach (var statement in Rows(db, "SELECT term FROM article_vocab"))
        {
            terms.Add(raw.sqlite3_column_text(statement, 0).utf8_to_string());
        }

        // One query per word, so a row is just (article, column, position): millions of rows are read, and each
        // call into SQLite costs more than the work done with its answer.
        var counter = new Counter(articles, phraseStems);
        Check(raw.sqlite3_prepare_v2(db, "SELECT doc, col, \"offset\" FROM article_fts_instances WHERE term = ?1", out var instances), db);
        using (instances)
        {
            for (var t = 0; t < terms.Count; t++)
            {
                counter.StartTerm(terms[t]);
                Check(raw.sqlite3_reset(instances), db);
                Check(raw.sqlite3_bind_text(instances, 1, terms[t]), db);
                int rc;
                while ((rc = raw.sqlite3_step(instances)) == raw.SQLITE_ROW)
                {
                    counter.Add(
                        raw.sqlite3_column_int64(instances, 0),
                        ColumnOf(raw.sqlite3_column_bytes(instances, 1)),
                        counter.WantsPositions ? raw.sqlite3_column_int(instances, 2) : 0);
                }

                Check(rc == raw.SQLITE_DONE ? raw.SQLITE_OK : rc, db);
            }
        }

        counter.EndTerm();
        Check(raw.sqlite3_exec(db, "COMMIT"), db);
        var termArray = counter.Finished.Select(f => f.Term).ToArray();
        var postings = counter.Finished.Select(f => f.Counts).ToArray();
        Array.Sort(termArray, postings, StringComparer.Ordinal);
        var phrases = phraseStems.ToDictionary(p => p.Key, p => counter.CountPhrase(p.Value), StringComparer.Ordinal);
        return new RankingSnapshot(
            generation, rebuilds, synonyms, stemmer, articles with { Tokens = counter.Tokens }, rowCount, termArray, postings, phraseStems, phrases);
    }

    /// <summary>
    /// This snapshot brought up to date with the index after an edit, or null when a full read is due. The indexer
    /// gives a changed article a new id (article ids are never reused), so the ids tell what changed: removed
    /// articles are left out of every count from now on, and new ones are counted by FTS5 itself, in a copy of
    /// <c>article_fts</c> in memory that holds just them. A few milliseconds instead of seconds.
    /// </summary>
    internal RankingSnapshot? Update(string databaseFile, long generation, SynonymSet synonyms)
    {
        if (synonyms != Synonyms)
        {
            return null;
        }

        using var db = OpenReadOnly(databaseFile);
        var ids = new HashSet<long>();
        foreach (var statement in Rows(db, "SELECT id FROM article_search"))
        {
            ids.Add(raw.sqlite3_column_int64(statement, 0));
        }

        var removed = new List<int>();
        for (var doc = 0; doc < _articles.Count; doc++)
        {
            if (_articles.Alive[doc] && !ids.Contains(_articles.RowIds[doc]))
            {
                removed.Add(doc);
            }
        }

        var added = ReadArticles(db, afterId: _articles.LastId);
        if (_articles.Removed + removed.Count > _articles.Count / 4 || ids.Count != _articles.Count - _articles.Removed - removed.Count + added.Count)
        {
            // Many removed (the arrays would carry too much dead weight), or an id this snapshot cannot account for.
            return null;
        }

        var rowCount = RowCount(db);
        var articles = _articles.With(added, removed);
        var counter = new Counter(articles, _phraseStems);
        using (var scratch = OpenScratch())
        {
            Check(raw.sqlite3_prepare_v2(
                scratch, "INSERT INTO article_fts(rowid, slug, title, headings, description, body) VALUES (?1, '', ?2, ?3, ?4, ?5)", out var insert), scratch);
            using (insert)
            {
                foreach (var article in added)
                {
                    Check(raw.sqlite3_reset(insert), scratch);
                    Check(raw.sqlite3_bind_int64(insert, 1, article.Id), scratch);
                    for (var column = 0; column < 4; column++)
                    {
                        Check(raw.sqlite3_bind_text(insert, column + 2, article.Text![column]), scratch);
                    }

                    Check(raw.sqlite3_step(insert) == raw.SQLITE_DONE ? raw.SQLITE_OK : raw.SQLITE_ERROR, scratch);
                }
            }

            string? term = null;
            foreach (var statement in Rows(scratch, "SELECT term, doc, col, \"offset\" FROM article_fts_instances"))
            {
                var next = raw.sqlite3_column_text(statement, 0).utf8_to_string();
                if (next != term)
                {
                    counter.StartTerm(term = next);
                }

                counter.Add(raw.sqlite3_column_int64(statement, 1), ColumnOf(raw.sqlite3_column_bytes(statement, 2)), raw.sqlite3_column_int(statement, 3));
            }

            counter.EndTerm();
        }

        Check(raw.sqlite3_exec(db, "COMMIT"), db);

        // New words join the list; known words get the new articles' counts after their own.
        var postings = _terms.Zip(_postings).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
        foreach (var (word, counts) in counter.Finished)
        {
            postings[word] = postings.TryGetValue(word, out var before) ? [.. before, .. counts] : counts;
        }

        var terms = postings.Keys.ToArray();
        var lists = postings.Values.ToArray();
        Array.Sort(terms, lists, StringComparer.Ordinal);
        var phrases = _phraseStems.ToDictionary(
            p => p.Key, p => (Posting[])[.. _phrases[p.Key], .. counter.CountPhrase(p.Value)], StringComparer.Ordinal);
        var tokens = _articles.Tokens - removed.Sum(doc => (long)_articles.Lengths[doc]) + counter.Tokens;
        return new RankingSnapshot(generation, Rebuilds, synonyms, _stemmer, articles with { Tokens = tokens }, rowCount, terms, lists, _phraseStems, phrases);
    }

    private static sqlite3 OpenReadOnly(string databaseFile)
    {
        Check(raw.sqlite3_open_v2(databaseFile, out var db, raw.SQLITE_OPEN_READONLY, null), null);
        Check(raw.sqlite3_busy_timeout(db, 5000), db);
        Check(raw.sqlite3_exec(db, "BEGIN"), db);
        return db;
    }

    /// <summary>An empty copy of <c>article_fts</c> in memory: the same columns and tokenizer, so the same counts.</summary>
    private static sqlite3 OpenScratch()
    {
        Check(raw.sqlite3_open(":memory:", out var db), null);
        Check(raw.sqlite3_exec(db, $"""
            CREATE VIRTUAL TABLE article_fts USING fts5(slug UNINDEXED, title, headings, description, body, tokenize = '{FtsStemmer.Tokenizer}');
            CREATE VIRTUAL TABLE article_fts_instances USING fts5vocab(article_fts, instance);
            """), db);
        return db;
    }

    /// <summary>Published articles in id order; with <paramref name="afterId"/>, only newer ones, with their text.</summary>
    private static List<ArticleRow> ReadArticles(sqlite3 db, long? afterId)
    {
        var sql = afterId is null
            ? "SELECT s.id, s.slug, t.topics FROM article_search AS s JOIN article_topics AS t ON t.id = s.id ORDER BY s.id"
            : "SELECT s.id, s.slug, t.topics, s.title, s.headings, s.description, s.body FROM article_search AS s JOIN article_topics AS t ON t.id = s.id WHERE s.id > "
              + afterId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ORDER BY s.id";
        var rows = new List<ArticleRow>();
        foreach (var statement in Rows(db, sql))
        {
            rows.Add(new ArticleRow(
                raw.sqlite3_column_int64(statement, 0),
                raw.sqlite3_column_text(statement, 1).utf8_to_string(),
                raw.sqlite3_column_text(statement, 2).utf8_to_string(),
                afterId is null ? null : [.. Enumerable.Range(3, 4).Select(i => raw.sqlite3_column_text(statement, i).utf8_to_string())]));
        }

        return rows;
    }

    /// <summary>The rows bm25 counts: articles and the padding (see <see cref="FtsIndex.BalanceAsync"/>).</summary>
    private static long RowCount(sqlite3 db)
    {
        long rowCount = 0;
        foreach (var statement in Rows(db, "SELECT (SELECT count(*) FROM article_search) + (SELECT count(*) FROM article_fts_padding)"))
        {
            rowCount = raw.sqlite3_column_int64(statement, 0);
        }

        return rowCount;
    }

    /// <summary>
    /// The synonym phrases of several words (abbreviations too: "D-MER" is searched as typed), as stems, keyed by
    /// the stems joined with spaces.
    /// </summary>
    private static Dictionary<string, string[]> PhraseStems(SynonymSet synonyms, FtsStemmer stemmer)
    {
        var phraseStems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var multiWord = synonyms.Phrases.Concat(synonyms.Variants).Where(p => p.Tokens.Count > 1).ToList();
        var stemOf = stemmer.StemEach(multiWord.SelectMany(p => p.Tokens));
        foreach (var phrase in multiWord.Where(p => p.Tokens.All(t => stemOf[t] is not null)))
        {
            var key = phrase.Tokens.Select(t => stemOf[t]!).ToArray();
            phraseStems[string.Join(' ', key)] = key;
        }

        return phraseStems;
    }

    private sealed record ArticleRow(long Id, string Slug, string Topics, string[]? Text);

    /// <summary>The articles a snapshot knows, by position (the "doc" in a <see cref="Posting"/>), in id order.</summary>
    private sealed record ArticleTable(long[] RowIds, string[] Slugs, int[] TopicKeys, string[] TopicKeyNames, int[] Lengths, bool[] Alive, int Removed)
    {
        public static ArticleTable Empty { get; } = new([], [], [], [], [], [], 0);

        public int Count => RowIds.Length;

        public long LastId => RowIds.Length == 0 ? 0 : RowIds[^1];

        /// <summary>Words in all articles (removed ones not counted), for bm25's average length.</summary>
        public long Tokens { get; init; }

        /// <summary>Positions of the ids, for the counts read from FTS5.</summary>
        public Dictionary<long, int> Positions() => RowIds.Select((id, doc) => (id, doc)).ToDictionary(x => x.id, x => x.doc);

        /// <summary>These articles with some added at the end and some marked removed; lengths of new ones start at 0.</summary>
        public ArticleTable With(List<ArticleRow> added, List<int> removed)
        {
            var topicKeyNames = TopicKeyNames.ToList();
            var keyOf = topicKeyNames.Select((name, key) => (name, key)).ToDictionary(x => x.name, x => x.key, StringComparer.Ordinal);
            var topicKeys = new List<int>(TopicKeys);
            foreach (var article in added)
            {
                if (!keyOf.TryGetValue(article.Topics, out var key))
                {
                    keyOf[article.Topics] = key = topicKeyNames.Count;
                    topicKeyNames.Add(article.Topics);
                }

                topicKeys.Add(key);
            }

            bool[] alive = [.. Alive, .. added.Select(_ => true)];
            foreach (var doc in removed)
            {
                alive[doc] = false;
            }

            return new ArticleTable(
                [.. RowIds, .. added.Select(a => a.Id)], [.. Slugs, .. added.Select(a => a.Slug)], [.. topicKeys], [.. topicKeyNames],
                [.. Lengths, .. added.Select(_ => 0)], alive, Removed + removed.Count)
            { Tokens = Tokens };
        }
    }

    /// <summary>
    /// Turns FTS5's occurrences (word by word, then article, column and position) into counts per article, adds up
    /// each article's length, and keeps the positions of the words in synonym phrases, to count those phrases.
    /// </summary>
    private sealed class Counter(ArticleTable articles, Dictionary<string, string[]> phraseStems)
    {
        private readonly Dictionary<long, int> _docOf = articles.Positions();
        private readonly HashSet<string> _phraseWords = phraseStems.Values.SelectMany(k => k).ToHashSet(StringComparer.Ordinal);
        private readonly Dictionary<string, List<long>> _positions = new(StringComparer.Ordinal);
        private readonly List<Posting> _current = [];
        private string? _term;
        private List<long>? _termPositions;
        private long _lastRowId = long.MinValue;
        private int _doc = -1;
        private int _title, _headings, _description, _body;

        public long Tokens { get; private set; }

        public bool WantsPositions => _termPositions is not null;

        public List<(string Term, Posting[] Counts)> Finished { get; } = [];

        /// <summary>Ends the word before, if any; its counts go to <see cref="Finished"/>.</summary>
        public void StartTerm(string term)
        {
            EndTerm();
            _term = term;
            _termPositions = _phraseWords.Contains(term) ? _positions[term] = [] : null;
        }

        public void Add(long rowId, int column, int offset)
        {
            if (rowId != _lastRowId)
            {
                EndArticle();
                _lastRowId = rowId;

                // Padding rows are empty, so every occurrence is in an article.
                _doc = _docOf[rowId];
            }

            switch (column)
            {
                case 1: _title++; break;
                case 2: _headings++; break;
                case 3: _description++; break;
                default: _body++; break;
            }

            articles.Lengths[_doc]++;
            Tokens++;
            _termPositions?.Add(((long)_doc << 32) | ((long)column << 24) | (uint)offset);
        }

        public void EndTerm()
        {
            EndArticle();
            _lastRowId = long.MinValue;
            _doc = -1;
            if (_term is not null)
            {
                Finished.Add((_term, [.. _current]));
                _term = null;
            }

            _current.Clear();
        }

        /// <summary>Where the words of a phrase follow each other in one column, counted per article and column.</summary>
        public Posting[] CountPhrase(string[] stems)
        {
            if (stems.Any(s => !_positions.ContainsKey(s)))
            {
                return [];
            }

            var lists = stems.Select(s => _positions[s].ToArray()).ToArray();
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
                    if (!counts.TryGetValue(doc, out var perColumn))
                    {
                        counts[doc] = perColumn = new int[5];
                    }

                    perColumn[(int)((start >> 24) & 0xFF)]++;
                }
            }

            return [.. counts.Select(c => new Posting(c.Key, Clamp(c.Value[1]), Clamp(c.Value[2]), Clamp(c.Value[3]), Clamp(c.Value[4])))];
        }

        private void EndArticle()
        {
            if (_doc >= 0)
            {
                _current.Add(new Posting(_doc, Clamp(_title), Clamp(_headings), Clamp(_description), Clamp(_body)));
            }

            (_title, _headings, _description, _body) = (0, 0, 0, 0);
        }
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
        internal IReadOnlyList<(string Topics, int Count)> CountByTopics()
        {
            var counts = new int[_snapshot._articles.TopicKeyNames.Length];
            foreach (var doc in _docs)
            {
                counts[_snapshot._articles.TopicKeys[doc]]++;
            }

            return [.. counts.Select((count, key) => (_snapshot._articles.TopicKeyNames[key], count)).Where(c => c.count > 0)];
        }

        /// <summary>Every match's id and score, for comparing with FTS5.</summary>
        internal IEnumerable<(long RowId, double Score)> All() =>
            _docs.Select((doc, i) => (_snapshot._articles.RowIds[doc], _scores[i]));

        /// <summary>One page, best first; equal scores in slug order.</summary>
        internal IReadOnlyList<FtsIndex.RankedArticle> Page(string? topicKey, int limit, long offset)
        {
            var wanted = (int)Math.Min(offset + limit, _docs.Count);
            if (wanted <= offset)
            {
                return [];
            }

            var slugs = _snapshot._articles.Slugs;
            var worstFirst = Comparer<(double Score, string Slug)>.Create((a, b) =>
            {
                var byScore = b.Score.CompareTo(a.Score);
                return byScore != 0 ? byScore : string.CompareOrdinal(b.Slug, a.Slug);
            });
            var heap = new PriorityQueue<int, (double Score, string Slug)>(wanted + 1, worstFirst);
            for (var i = 0; i < _docs.Count; i++)
            {
                var doc = _docs[i];
                if (topicKey is not null && !_snapshot._articles.TopicKeyNames[_snapshot._articles.TopicKeys[doc]].Contains(topicKey, StringComparison.Ordinal))
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

            var best = new List<FtsIndex.RankedArticle>(heap.Count);
            while (heap.TryDequeue(out var doc, out var key))
            {
                best.Add(new FtsIndex.RankedArticle(_snapshot._articles.RowIds[doc], key.Slug, _snapshot._articles.TopicKeyNames[_snapshot._articles.TopicKeys[doc]], key.Score));
            }

            best.Reverse();
            return best.Count > offset ? best[(int)offset..] : [];
        }
    }
}
