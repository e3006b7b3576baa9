using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

public static class SearchSetup
{
    /// <summary>Staff search's blind index: its table, created by <c>migrate</c> with the rest of the schema.</summary>
    public static IServiceCollection AddStaffSearch(this IServiceCollection services)
    {
        services.ConfigureMarten(options => options.Storage.ExtendedSchemaObjects.Add(SearchTokenTable.Create()));
        return services;
    }
}
