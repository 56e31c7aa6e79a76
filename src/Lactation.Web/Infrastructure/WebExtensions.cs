using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace Lactation.Web.Infrastructure;

public static class WebExtensions
{
    public static IServiceCollection AddLactationWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Behind a load balancer every instance must read the others' anti-forgery tokens: share the key ring.
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
        {
            services.AddDataProtection()
                .SetApplicationName("Lactation")
                .PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        services.AddRazorPages();
        services.AddProblemDetails();
        services.AddSingleton<StructuredData>();
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index");
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml", "application/problem+json"]);
        });
        services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        return services;
    }

    public static WebApplication UseLactationPipeline(this WebApplication app)
    {
        app.UseRequestLogging();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                // Fingerprinted URLs (asp-append-version adds ?v=hash) never change: cache them for a year.
                context.Context.Response.Headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600";
            },
        });
        app.UseRouting();
        return app;
    }
}
