using System.Diagnostics;

namespace Lactation.E2E;

/// <summary>Every page type validated by the W3C Nu HTML checker (npm vnu-jar, run with the machine's Java).</summary>
[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site)
{
    [Fact]
    public async Task EveryPageTypeIsValidHtml()
    {
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var folder = Directory.CreateTempSubdirectory("lactation-vnu-").FullName;
        var files = new List<string>();
        foreach (var (url, i) in PageTypes.Urls.Select((u, i) => (u, i)))
        {
            var file = Path.Combine(folder, $"page{i}.html");
            // The 404 page is a page type too: read the body whatever the status.
            var response = await client.GetAsync(url);
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files.Add(file);
        }

        var (exitCode, output) = await RunVnuAsync(files);

        Directory.Delete(folder, recursive: true);
        Assert.True(exitCode == 0, "Nu HTML checker errors:\n" + output);
    }

    private static async Task<(int ExitCode, string Output)> RunVnuAsync(IEnumerable<string> files)
    {
        var jar = Path.Combine(SiteFixture.ToolsFolder, "vnu-jar", "build", "dist", "vnu.jar");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
