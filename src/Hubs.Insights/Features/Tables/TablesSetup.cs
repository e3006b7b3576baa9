using FluentValidation;
using Hubs.Insights.Features.Feeds;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hubs.Insights.Features.Tables;

internal static class TablesSetup
{
    /// <summary>The query layer; the fact sources are registered only if the store has not registered its own.</summary>
    public static IServiceCollection AddInsightsTables(this IServiceCollection services)
    {
        services.TryAddSingleton<IJourneyFactsSource, StoredJourneyFacts>();
        services.TryAddSingleton<ITeamActivitySource, NoTeamActivitiesStored>();
        services.AddSingleton<InsightsQueries>();
        services.AddSingleton<IValidator<FeedQuery>, FeedQueryValidator>();
        return services;
    }
}
