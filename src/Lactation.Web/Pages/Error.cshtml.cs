using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Lactation.Web.Pages;

public sealed class ErrorModel : SitePageModel
{
    /// <summary>True when the index was unreadable (being rebuilt): a short wait fixes it.</summary>
    public bool Rebuilding { get; private set; }

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        Rebuilding = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is SqliteException;
        Response.StatusCode = Rebuilding ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (Rebuilding)
        {
            Response.Headers.RetryAfter = "5";
        }

        Meta = new PageMeta("Something went wrong", "Something went wrong on our side.", "/error") { NoIndex = true };
    }
}
