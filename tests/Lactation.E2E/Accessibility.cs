using System.Text.Json;
using Microsoft.Playwright;

namespace Lactation.E2E;

/// <summary>Runs axe-core (from npm, injected into the page) with the WCAG 2.x A and AA rules.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() =>
        File.ReadAllText(Path.Combine(SiteFixture.ToolsFolder, "axe-core", "axe.min.js")));

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Content = AxeSource.Value });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
              });
              return result.violations.map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
