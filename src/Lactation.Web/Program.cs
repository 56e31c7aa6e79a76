using Lactation.Content;
using Lactation.Web.Infrastructure;
using Lactation.Web.Search;

if (args is ["check-content", ..])
{
    return ContentCheckCommand.Run(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddLactationLogging();
builder.Services.AddLactationContent(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddLactationSearch();
builder.Services.AddLactationWeb();

var app = builder.Build();

app.UseLactationPipeline();
app.MapRazorPages();
app.MapSearchApi();
app.MapHealthChecks("/healthz");
app.MapAliasRedirects();

app.Run();
return 0;

/// <summary>Visible to the test host (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
