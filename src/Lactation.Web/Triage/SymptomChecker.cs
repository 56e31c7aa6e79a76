using System.Data.Common;
using Lactation.Content.Articles;
using Lactation.Content.Symptoms;

namespace Lactation.Web.Triage;

/// <summary>An article to read, with its title from the index and a link to the helpful section.</summary>
public sealed record ArticleReading(string Slug, string Title, string Url);

/// <summary>The rules' assessment with its articles resolved to titles and links.</summary>
public sealed record CheckerResult(Assessment Assessment, IReadOnlyList<ArticleReading> Articles)
{
    public string DispositionId => Assessment.Disposition.ToId();
}

/// <summary>What the API and the page share: run the rules, then look up the titles of the articles to read.</summary>
public sealed class SymptomChecker(ArticleLibrary library)
{
    /// <summary>Assesses answers that <see cref="TriageValidation.Validate"/> accepted.</summary>
    public async Task<CheckerResult> AssessAsync(TriageAnswers answers, CancellationToken ct)
    {
        var assessment = SymptomRules.Assess(answers);
        return new CheckerResult(assessment, await ReadingAsync(assessment.Articles, ct));
    }

    private async Task<IReadOnlyList<ArticleReading>> ReadingAsync(IReadOnlyList<ArticleLink> links, CancellationToken ct)
    {
        IReadOnlyDictionary<string, string> titles;
        try
        {
            titles = (await library.AllAsync(ct)).ToDictionary(a => a.Slug, a => a.Title, StringComparer.Ordinal);
        }
        catch (DbException)
        {
            // REVIEW: while the index is being rebuilt the reading list is left out rather than failing: what to do now matters more.
            return [];
        }

        // A slug missing from the index (renamed or still a draft) is skipped rather than linked to a 404.
        return
        [
            .. links
                .Where(link => titles.ContainsKey(link.Slug))
                .Select(link => new ArticleReading(link.Slug, titles[link.Slug], Url(link))),
        ];
    }

    private static string Url(ArticleLink link) =>
        "/articles/" + link.Slug + (string.IsNullOrEmpty(link.Anchor) ? string.Empty : "#" + link.Anchor);
}
