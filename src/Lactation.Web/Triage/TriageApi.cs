using Lactation.Content.Symptoms;

namespace Lactation.Web.Triage;

/// <summary>The symptom checker as JSON: <c>POST /api/triage</c> and <c>GET /api/triage/symptoms</c>.</summary>
public static class TriageApi
{
    public static IServiceCollection AddSymptomChecker(this IServiceCollection services)
    {
        services.AddScoped<SymptomChecker>();
        return services;
    }

    public static IEndpointRouteBuilder MapTriageApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/triage");
        api.MapPost("/", AssessAsync);
        api.MapGet("/symptoms", Symptoms);
        return endpoints;
    }

    /// <summary>
    /// Assesses the answers. The body is read and checked by hand (<see cref="TriageJson"/>) so that any bad input is a
    /// 400 problem+json. Neither the body nor the result is logged or stored.
    /// </summary>
    private static async Task<IResult> AssessAsync(HttpContext context, SymptomChecker checker)
    {
        var ct = context.RequestAborted;
        // Answers about someone's health: never kept by a browser or proxy.
        context.Response.Headers.CacheControl = "no-store";
        var (answers, errors) = await TriageJson.ReadAsync(context.Request, ct);
        if (answers is null)
        {
            return Results.ValidationProblem(
                errors,
                title: "The answers could not be checked",
                detail: "Fix the fields listed in errors and send the answers again.");
        }

        var result = await checker.AssessAsync(answers, ct);
        var assessment = result.Assessment;
        return Results.Ok(new TriageResponse(
            result.DispositionId,
            assessment.Headline,
            assessment.LikelyCondition,
            assessment.Reasons,
            result.Articles,
            assessment.Advice,
            assessment.WatchFor));
    }

    private static IResult Symptoms(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Ok(new SymptomList(
        [
            .. SymptomCatalog.Groups.Select(group => new SymptomListGroup(
                TriageFields.GroupId(group),
                group.Title(),
                [.. SymptomCatalog.InGroup(group).Select(s => new SymptomListItem(s.Id, s.Label))])),
        ]));
    }

    private sealed record TriageResponse(
        string Disposition,
        string Headline,
        string LikelyCondition,
        IReadOnlyList<Reason> Reasons,
        IReadOnlyList<ArticleReading> Articles,
        IReadOnlyList<string> Advice,
        IReadOnlyList<string> WatchFor);

    private sealed record SymptomList(IReadOnlyList<SymptomListGroup> Groups);

    private sealed record SymptomListGroup(string Id, string Title, IReadOnlyList<SymptomListItem> Symptoms);

    private sealed record SymptomListItem(string Id, string Label);
}
