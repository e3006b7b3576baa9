using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Erasure;

public static class ErasureSetup
{
    /// <summary>Erasing one keyworker on request and the yearly retention run (both destroy data keys).</summary>
    public static IServiceCollection AddErasure(this IServiceCollection services)
    {
        services.AddSingleton<KeyworkerErasure>();
        services.AddSingleton<RetentionRun>();
        return services;
    }
}
