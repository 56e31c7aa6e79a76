using Lactation.Content;
using Lactation.Web.Infrastructure;
using Lactation.Web.Search;
using Lactation.Web.Triage;

if (args is ["check-content", ..])
{
    return ContentCheckCommand.Run(args[1..]);
}

if (args is ["check-health", ..])
{
    return await HealthProbe.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddLactationLogging();
builder.Services.AddLactationContent(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddLactationSearch();
builder.Services.AddLactationWeb(builder.Configuration);
builder.Services.AddSymptomChecker();

var app = builder.Build();

app.UseLactationPipeline();
app.MapRazorPages();
app.MapHealthChecks("/healthz");
app.MapDiscovery();
app.MapSearchApi();
app.MapTriageApi();
app.MapAliasRedirects();

app.Run();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
