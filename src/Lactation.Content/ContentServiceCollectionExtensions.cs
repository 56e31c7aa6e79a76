using Lactation.Content.Articles;
using Lactation.Content.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lactation.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the content pipeline: options, the SQLite index, the indexer and its hosted service, and the library.
    /// </summary>
    /// <param name="appRoot">Where to look for content/ and to put the default index (the host's content root).</param>
    public static IServiceCollection AddLactationContent(this IServiceCollection services, IConfiguration configuration, string appRoot)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            var root = ContentLocation.ResolveRoot(options.Path, appRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            var connectionString = configuration.GetConnectionString("Index")
                ?? $"Data Source={Path.Combine(appRoot, "data", "index.db")}";
            return new ContentLocation(root, connectionString);
        });
        services.AddDbContextFactory<ContentDbContext>((sp, db) =>
            db.UseSqlite(sp.GetRequiredService<ContentLocation>().IndexConnectionString).AddInterceptors(SqliteTuning.Instance));
        services.AddSingleton<IndexState>();
        services.AddSingleton<ContentIndexer>();
        services.AddHostedService<ContentIndexService>();
        services.AddScoped<ArticleLibrary>();
        return services;
    }
}
