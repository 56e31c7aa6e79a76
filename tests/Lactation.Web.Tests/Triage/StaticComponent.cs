using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lactation.Web.Tests.Triage;

/// <summary>
/// Renders a component with the framework's own HtmlRenderer (the one behind render-mode="Static"; bUnit does not
/// restore here) and parses the HTML with AngleSharp.
/// </summary>
public static class StaticComponent
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return await Browser.OpenAsync(request => request.Content($"<!DOCTYPE html><html><body>{html}</body></html>"));
    }
}
