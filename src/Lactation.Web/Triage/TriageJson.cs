using System.Text;
using System.Text.Json;
using Lactation.Content.Symptoms;

namespace Lactation.Web.Triage;

/// <summary>
/// Reads <c>POST /api/triage</c> bodies by hand with System.Text.Json, so every problem (too big, not JSON,
/// a wrong type, an unknown or repeated field) becomes a field error for a 400, never an exception.
/// </summary>
public static class TriageJson
{
    /// <summary>Far more than any honest request (all 29 symptoms and every number is under 2 KB).</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>The key for problems with the body as a whole rather than one field.</summary>
    public const string BodyKey = "body";

    private static readonly JsonDocumentOptions _documentOptions = new() { MaxDepth = 8 };

    public sealed record ReadResult(TriageAnswers? Answers, IReadOnlyDictionary<string, string[]> Errors);

    public static async Task<ReadResult> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            return Fail("Send the answers as JSON, with the header Content-Type: application/json.");
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return Fail($"The body is too large: send at most {MaxBodyBytes / 1024} KB.");
        }

        var body = await ReadCappedAsync(request.Body, ct);
        if (body is null)
        {
            return Fail($"The body is too large: send at most {MaxBodyBytes / 1024} KB.");
        }
        if (body.Length == 0)
        {
            return Fail("The body is empty. Send a JSON object such as {\"symptoms\": [\"breast_warm\"]}.");
        }

        // Some clients (PowerShell, Windows editors) start UTF-8 with a byte order mark; the JSON reader does not accept it.
        var json = body.AsMemory();
        if (json.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            json = json[Encoding.UTF8.Preamble.Length..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, _documentOptions);
        }
        catch (JsonException e)
        {
            return Fail($"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    /// <summary>Maps a parsed body to answers; then <see cref="TriageValidation"/> checks the values.</summary>
    public static ReadResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail("Send a JSON object such as {\"symptoms\": [\"breast_warm\"]}.");
        }

        var fields = new Fields(root);
        var answers = new TriageAnswers
        {
            Symptoms = fields.Strings(TriageFields.Symptoms) ?? [], // reported above when missing
            Temperature = fields.Number(TriageFields.Temperature),
            TemperatureUnit = fields.Text(TriageFields.TemperatureUnit),
            HoursSinceOnset = fields.WholeNumber(TriageFields.HoursSinceOnset),
            Trend = fields.Text(TriageFields.Trend),
            OnAntibiotics = fields.Flag(TriageFields.OnAntibiotics) ?? false,
            AntibioticHours = fields.WholeNumber(TriageFields.AntibioticHours),
            AntibioticCourseCompleted = fields.Flag(TriageFields.AntibioticCourseCompleted) ?? false,
            DaysPostpartum = fields.WholeNumber(TriageFields.DaysPostpartum),
            Lactating = fields.Flag(TriageFields.Lactating) ?? true,
            LumpDays = fields.WholeNumber(TriageFields.LumpDays),
            InfantAgeDays = fields.WholeNumber(TriageFields.InfantAgeDays),
            WetNappies24h = fields.WholeNumber(TriageFields.WetNappies24h),
            Stools24h = fields.WholeNumber(TriageFields.Stools24h),
        };
        // Values are checked too, except in fields that already failed: one message per field, all fields at once.
        foreach (var (field, messages) in TriageValidation.Validate(answers))
        {
            if (!fields.Errors.ContainsKey(field))
            {
                fields.Errors[field] = [.. messages];
            }
        }
        return fields.Errors.Count > 0 ? new(null, fields.Result()) : new(answers, fields.Result());
    }

    private static ReadResult Fail(string message) =>
        new(null, new Dictionary<string, string[]> { [BodyKey] = [message] });

    /// <summary>The body, or <see langword="null"/> once it passes the cap (a missing or lying Content-Length).</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The object's properties by name; records unknown and repeated names, and wrong types as they are read.</summary>
    private sealed class Fields
    {
        private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);

        public Fields(JsonElement root)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (!TriageFields.All.Contains(property.Name))
                {
                    Error(property.Name, $"Unknown field. The fields are: {string.Join(", ", TriageFields.All)} (names are case-sensitive).");
                }
                else if (!_values.TryAdd(property.Name, property.Value))
                {
                    Error(property.Name, "This field appears more than once. Send it once.");
                }
            }
            if (Value(TriageFields.Symptoms) is null)
            {
                Error(TriageFields.Symptoms, "Send symptoms: a list of symptom ids, which may be empty ([]).");
            }
        }

        public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, string[]> Result() => Errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

        public IReadOnlyList<string>? Strings(string name)
        {
            if (Value(name) is not { } value)
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String))
            {
                return [.. value.EnumerateArray().Select(item => item.GetString()!)];
            }
            return Wrong(name, "Must be a list of symptom ids (strings), for example [\"breast_warm\"].", (IReadOnlyList<string>?)null);
        }

        public double? Number(string name) =>
            Value(name) is not { } value ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) ? number
            : Wrong(name, "Must be a number, for example 38.2.", (double?)null);

        public int? WholeNumber(string name) =>
            Value(name) is not { } value ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
            : Wrong(name, "Must be a whole number, for example 24.", (int?)null);

        public bool? Flag(string name) =>
            Value(name) is not { } value ? null
            : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
            : Wrong(name, "Must be true or false.", (bool?)null);

        public string? Text(string name) =>
            Value(name) is not { } value ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString()
            : Wrong(name, "Must be a string, for example \"C\".", (string?)null);

        /// <summary>The field's value; JSON null counts as not given.</summary>
        private JsonElement? Value(string name) =>
            _values.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private T Wrong<T>(string name, string message, T fallback)
        {
            Error(name, message);
            return fallback;
        }

        private void Error(string name, string message)
        {
            if (!Errors.TryGetValue(name, out var list))
            {
                Errors[name] = list = [];
            }
            if (!list.Contains(message))
            {
                list.Add(message);
            }
        }
    }
}
