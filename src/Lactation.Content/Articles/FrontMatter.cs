using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lactation.Content.Articles;

/// <summary>
/// Reads a YAML front-matter block field by field, keeping each field's line in the file,
/// so every problem can be reported as <c>file:line: message</c>.
/// </summary>
internal sealed class FrontMatter
{
    private readonly string _file;
    private readonly int _firstLine;
    private readonly Dictionary<string, YamlNode> _fields = new(StringComparer.Ordinal);
    private readonly List<ContentProblem> _problems;

    private FrontMatter(string file, int firstLine, List<ContentProblem> problems)
    {
        _file = file;
        _firstLine = firstLine;
        _problems = problems;
    }

    /// <summary>The line of the opening <c>---</c>; used for problems with no better place (a missing field).</summary>
    public int Line => _firstLine;

    public IEnumerable<string> Keys => _fields.Keys;

    /// <param name="yaml">The block's text, without the --- fences.</param>
    /// <param name="fenceLine">1-based line of the opening ---; the YAML starts on the next line.</param>
    public static FrontMatter? Read(string file, string yaml, int fenceLine, List<ContentProblem> problems)
    {
        var frontMatter = new FrontMatter(file, fenceLine, problems);
        YamlStream stream = [];
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            problems.Add(new ContentProblem(file, fenceLine + (int)e.Start.Line, $"Front matter is not valid YAML: {Tidy(message)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unclosed [ or { lists.
            problems.Add(new ContentProblem(file, fenceLine + 1,
                "Front matter is not valid YAML: check that every [ has a ] and every quote is closed."));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new ContentProblem(file, fenceLine, "Front matter must be a list of 'field: value' lines."));
            return null;
        }

        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!frontMatter._fields.TryAdd(name, value))
            {
                problems.Add(new ContentProblem(file, frontMatter.LineOf(key), $"Field '{name}' appears twice."));
            }
        }

        return frontMatter;
    }

    public int LineOf(YamlNode node) => _firstLine + (int)node.Start.Line;

    public int LineOf(string field) => _fields.TryGetValue(field, out var node) ? LineOf(node) : _firstLine;

    public bool Has(string field) => _fields.ContainsKey(field);

    public string? String(string field, bool required)
    {
        if (!_fields.TryGetValue(field, out var node))
        {
            if (required)
            {
                Error(_firstLine, $"Missing required field '{field}'.");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
        {
            Error(LineOf(node), $"Field '{field}' must be a single line of text.");
            return null;
        }

        return value.Trim();
    }

    public DateOnly? Date(string field, bool required)
    {
        var text = String(field, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(LineOf(field), $"Field '{field}' must be a date written YYYY-MM-DD, not '{text}'.");
        return null;
    }

    public bool Bool(string field)
    {
        var text = String(field, required: false);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(LineOf(field), $"Field '{field}' must be true or false, not '{text}'.");
        return false;
    }

    /// <summary>A list of strings, written either as <c>[a, b]</c> or as a dash list; a single value is accepted too.</summary>
    public IReadOnlyList<(string Value, int Line)>? StringList(string field, bool required)
    {
        if (!_fields.TryGetValue(field, out var node))
        {
            if (required)
            {
                Error(_firstLine, $"Missing required field '{field}'.");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } single })
        {
            return [(single.Trim(), LineOf(node))];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(LineOf(node), $"Field '{field}' must be a list, like [a, b].");
            return null;
        }

        var items = new List<(string, int)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                items.Add((value.Trim(), LineOf(item)));
            }
            else
            {
                Error(LineOf(item), $"Each entry of '{field}' must be plain text.");
            }
        }

        return items;
    }

    /// <summary>A list of mappings (used for sources: title + url).</summary>
    public IReadOnlyList<(IReadOnlyDictionary<string, string> Values, int Line)>? MappingList(string field, bool required)
    {
        if (!_fields.TryGetValue(field, out var node))
        {
            if (required)
            {
                Error(_firstLine, $"Missing required field '{field}'.");
            }

            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(LineOf(node), $"Field '{field}' must be a list of entries, each starting with '- '.");
            return null;
        }

        var items = new List<(IReadOnlyDictionary<string, string>, int)>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                Error(LineOf(item), $"Each entry of '{field}' needs named parts, like 'title:' and 'url:'.");
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
                {
                    values[name] = text.Trim();
                }
            }

            items.Add((values, LineOf(item)));
        }

        return items;
    }

    public void Error(int line, string message) => _problems.Add(new ContentProblem(_file, line, message));

    public void Warn(int line, string message) =>
        _problems.Add(new ContentProblem(_file, line, message, ProblemSeverity.Warning));

    private static string Tidy(string message)
    {
        // YamlDotNet messages carry their own (Line: x, Col: y ...) prefix; the file:line already says where.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
