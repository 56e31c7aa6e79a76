namespace Lactation.Web.Pages;

public sealed class ErrorModel : SitePageModel
{
    public void OnGet() => SetMeta();

    public void OnPost() => SetMeta();

    private void SetMeta()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        Meta = new PageMeta("Something went wrong", "Something went wrong on our side.", "/error") { NoIndex = true };
    }
}
