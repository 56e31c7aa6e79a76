using Lactation.Content.Symptoms;
using Lactation.Web.Triage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Lactation.Web.Pages;

/// <summary>
/// The checker as an ordinary form. The POST renders the result directly (no redirect), so answers never appear in
/// a URL; they are not logged or stored either. Antiforgery is checked here rather than by the automatic filter so
/// that a stale token (a page left open overnight) shows the form again with the answers kept, not a blank 400.
/// </summary>
// The form is a few hundred bytes; anything near this is not a parent filling it in.
[RequestSizeLimit(32 * 1024)]
[IgnoreAntiforgeryToken]
public sealed class SymptomCheckerModel(SymptomChecker checker, IAntiforgery antiforgery) : SitePageModel
{
    /// <summary>The error key for a problem with the whole form; its summary link goes to the submit button.</summary>
    public const string FormKey = "form";

    private const string Title = "Symptom checker";

    private const string Description =
        "Answer a few questions about a sore or red breast, a fever or your baby's nappies. Find out whether to call an ambulance, see a doctor today or care for it at home, and what to read.";

    public TriageForm Form { get; private set; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The answers the result came from; set with <see cref="Result"/>.</summary>
    public TriageAnswers? Answers { get; private set; }

    public CheckerResult? Result { get; private set; }

    public void OnGet() => Meta = new PageMeta(Title, Description, "/symptom-checker");

    // Antiforgery also marks the response Cache-Control: no-store, so no browser or proxy keeps these answers.
    public async Task OnPostAsync(TriageForm form, CancellationToken ct)
    {
        Form = form;
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ShowErrors(new Dictionary<string, string[]>
            {
                [FormKey] = ["This page had expired, so your answers were not checked. Check them below and press \"Check my symptoms\" again."],
            });
            return;
        }

        var (answers, errors) = form.ToAnswers();
        if (answers is null)
        {
            ShowErrors(errors);
            return;
        }

        Answers = answers;
        Result = await checker.AssessAsync(answers, ct);
        Meta = new PageMeta("Your result: " + Title, Description, "/symptom-checker");
    }

    private void ShowErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        Errors = errors;
        Meta = new PageMeta("Error: " + Title, Description, "/symptom-checker");
    }
}
