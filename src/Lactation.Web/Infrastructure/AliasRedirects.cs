using Lactation.Content.Articles;

namespace Lactation.Web.Infrastructure;

public static class AliasRedirects
{
    /// <summary>
    /// The last resort for any path no page claims: an old path listed in an article's <c>aliases</c> gets a 301
    /// to the article; anything else falls through to the 404 page.
    /// </summary>
    public static IEndpointRouteBuilder MapAliasRedirects(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFallback("{*path}", async (HttpContext context, ArticleLibrary library) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                if (path.Length <= 300 && await library.SlugForAliasAsync(path, context.RequestAborted) is { } slug)
                {
                    return Results.Redirect("/articles/" + slug, permanent: true);
                }
            }

            return Results.NotFound();
        });
        return endpoints;
    }
}
