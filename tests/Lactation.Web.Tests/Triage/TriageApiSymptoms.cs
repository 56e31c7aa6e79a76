using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Lactation.Content.Symptoms;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lactation.Web.Tests.Triage;

public sealed class TriageApiSymptoms(LactationWebFactory factory) : IClassFixture<LactationWebFactory>
{
    [Fact]
    public async Task ListsTheCatalogInFormOrderWithGroupsAndLabels()
    {
        var response = await factory.CreateClient().GetAsync("/api/triage/symptoms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var groups = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["red-flag", "breast", "body", "feeding"], groups.Select(g => g.GetProperty("id").GetString()));
        Assert.Equal(SymptomCatalog.Groups.Select(g => g.Title()), groups.Select(g => g.GetProperty("title").GetString()));
        var listed = groups.SelectMany(g => g.GetProperty("symptoms").EnumerateArray()
            .Select(s => (Id: s.GetProperty("id").GetString(), Label: s.GetProperty("label").GetString()))).ToList();
        Assert.Equal(SymptomCatalog.All.Select(s => (Id: (string?)s.Id, Label: (string?)s.Label)), listed);
        for (var i = 0; i < groups.Count; i++)
        {
            Assert.Equal(
                SymptomCatalog.InGroup(SymptomCatalog.Groups[i]).Select(s => s.Id),
                groups[i].GetProperty("symptoms").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public async Task NeverLogsTheAnswers()
    {
        var logs = new CapturingLoggerProvider();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        var client = app.CreateClient();

        await client.PostAsync("/api/triage", new StringContent(
            """{"symptoms":["thoughts_harm","breast_warm"],"temperature":39.7,"temperatureUnit":"C"}""", Encoding.UTF8, "application/json"));
        await client.PostAsync("/api/triage", new StringContent("""{"symptoms":["nipple_pain_pumping"],"temperature":"scorching"}""", Encoding.UTF8, "application/json"));
        await CheckerForm.PostAsync(client, CheckerForm.Symptom("dmer_brief"), ("temperature", "38.9"), ("temperatureUnit", "C"));

        Assert.Contains(logs.Messages, m => m.Contains("/api/triage"));
        Assert.Contains(logs.Messages, m => m.Contains("POST /symptom-checker"));
        // A request's own time ("in 38.9 ms") is not an answer, and can be any number.
        var messages = logs.Messages.Select(m => System.Text.RegularExpressions.Regex.Replace(m, @" in [0-9]+\.[0-9] ms", " in (time)")).ToList();
        foreach (var secret in new[] { "thoughts_harm", "breast_warm", "39.7", "nipple_pain_pumping", "scorching", "dmer_brief", "38.9" })
        {
            Assert.DoesNotContain(messages, m => m.Contains(secret));
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public ILogger CreateLogger(string categoryName) => new Logger(_messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}
