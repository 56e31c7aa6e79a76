using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Lactation.Web.Tests.Triage;

public sealed class SymptomCheckerWithoutIndex
{
    [Fact]
    public async Task StillSaysWhatToDoWhenTheArticleIndexCannotBeRead()
    {
        using var factory = new LactationWebFactory();
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Content:RescanSeconds", "3600").UseSetting("Content:Watch", "false"));
        var client = app.CreateClient();
        await client.GetAsync("/healthz"); // started and indexed
        await using (var db = new SqliteConnection($"Data Source={factory.IndexFile};Pooling=False"))
        {
            await db.OpenAsync();
            await using var drop = db.CreateCommand();
            drop.CommandText = "DROP TABLE articles";
            await drop.ExecuteNonQueryAsync();
        }

        var response = await client.PostAsync("/api/triage", new StringContent("""{"symptoms":["confusion"]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("emergency", json.GetProperty("disposition").GetString());
        Assert.Empty(json.GetProperty("articles").EnumerateArray());
    }
}
