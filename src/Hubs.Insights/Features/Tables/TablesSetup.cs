using FluentValidation;
using Hubs.Insights.Features.Feeds;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hubs.Insights.Features.Tables;

internal static class TablesSetup
{
    /// <summary>The query layer over the per-journey facts store and the held team activities.</summary>
    public static IServiceCollection AddInsightsTables(this IServiceCollection services)
    {
        services.TryAddSingleton<IJourneyFactsSource>(provider =>
            provider.GetRequiredService<Store.JourneyFactsStore>()
        );
        services.TryAddSingleton<ITeamActivitySource, HeldTeamActivities>();
        services.TryAddSingleton<Evaluation.IEvaluationSource, Evaluation.EvaluationStore>();
        services.TryAddSingleton<Onward.IOnwardSource, Onward.OnwardStore>();
        services.TryAddSingleton<GroupSupport.IGroupSupportSource, GroupSupport.GroupSupportStore>();
        services.TryAddSingleton<IReferralSourceSource>(provider =>
            provider.GetRequiredService<Store.ReferralSourceStore>()
        );
        services.TryAddSingleton<Pathways.IPathwaySource, Pathways.PathwayStore>();
        services.AddTablePublishers();
        services.AddSingleton<InsightsQueries>();
        services.AddSingleton<IValidator<FeedQuery>, FeedQueryValidator>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
