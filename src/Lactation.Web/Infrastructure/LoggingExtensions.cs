using System.Diagnostics;
using Serilog;

namespace Lactation.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>
    /// Serilog to the console (levels from the "Serilog" section), wired through Microsoft.Extensions.Logging
    /// because Serilog.AspNetCore does not restore here; one line per request from ASP.NET Core's HTTP logging.
    /// </summary>
    public static WebApplicationBuilder AddLactationLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);

        return builder;
    }

    /// <summary>
    /// One line per request: method, path, status and time. Never the query string or body, so searches and
    /// symptoms stay out of the logs.
    /// </summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Lactation.Web.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }
}
