using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;

namespace Lactation.Web.Pages;

// The exception handler re-runs this page with the failed request's method: a POST must not be refused here.
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : SitePageModel
{
    /// <summary>True when the index was unreadable (being rebuilt): a short wait fixes it.</summary>
    public bool Rebuilding { get; private set; }

    /// <summary>True when the request itself was at fault (too large, malformed): a 4xx, not our error.</summary>
    public bool RequestRejected { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        // The cause may be wrapped (antiforgery wraps a too-large body): look through the chain.
        var error = Cause(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error);
        Rebuilding = error is SqliteException;
        RequestRejected = error is BadHttpRequestException;
        Response.StatusCode = error switch
        {
            SqliteException => StatusCodes.Status503ServiceUnavailable,
            BadHttpRequestException bad => bad.StatusCode,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (Rebuilding)
        {
            Response.Headers.RetryAfter = "5";
        }

        Meta = new PageMeta("Something went wrong", "Something went wrong on our side.", "/error") { NoIndex = true };
    }

    private static Exception? Cause(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SqliteException or BadHttpRequestException)
            {
                return e;
            }
        }

        return error;
    }
}
