using Lactation.Content.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Lactation.Content;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers search over the content index: the synonyms file, the vocabulary cache, and <see cref="ArticleSearch"/>.</summary>
    public static IServiceCollection AddLactationSearch(this IServiceCollection services)
    {
        services.AddSingleton<SynonymFile>();
        services.AddSingleton<SearchVocabulary>();
        services.AddScoped<ArticleSearch>();
        return services;
    }
}
