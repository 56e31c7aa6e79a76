using System.Globalization;
using Lactation.Content.Articles;

namespace Lactation.Content.Search;

/// <summary>Input a search cannot take; <see cref="Errors"/> names each bad field, for a 400 with a clear message.</summary>
public sealed class SearchInputException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.Values.SelectMany(v => v)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>A checked search: the text (at most 200 characters), an optional known topic, and a page from 1.</summary>
public sealed record SearchRequest(string Query, string? Topic = null, int Page = 1)
{
    /// <summary>Validates raw query-string values; throws <see cref="SearchInputException"/> listing every problem.</summary>
    public static SearchRequest Parse(string? query, string? topic = null, string? page = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var text = query?.Trim() ?? string.Empty;
        if (text.Length > SearchQuery.MaxLength)
        {
            errors["q"] = [$"Search text can be at most {SearchQuery.MaxLength} characters. Try a few key words."];
        }

        var topicId = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        if (topicId is not null && !Topics.IsKnown(topicId))
        {
            errors["topic"] = [$"Unknown topic. Choose one of: {string.Join(", ", Topics.All)}."];
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && (!int.TryParse(page.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors["page"] = ["Page must be a whole number from 1."];
        }

        if (errors.Count > 0)
        {
            throw new SearchInputException(errors);
        }

        return new SearchRequest(text, topicId, pageNumber);
    }
}
