using Lactation.Content.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Lactation.Content;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers search over the content index: the synonyms file, the vocabulary and result caches, the in-memory
    /// ranking (read when the app starts; call after AddLactationContent, whose index it reads), and <see cref="ArticleSearch"/>.
    /// </summary>
    public static IServiceCollection AddLactationSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);
        services.AddSingleton<SynonymFile>();
        services.AddSingleton<SearchCache>();
        services.AddSingleton<SearchVocabulary>();
        services.AddSingleton<SearchRanking>();
        services.AddHostedService<SearchRankingWarmUp>();
        services.AddScoped<ArticleSearch>();
        return services;
    }
}
