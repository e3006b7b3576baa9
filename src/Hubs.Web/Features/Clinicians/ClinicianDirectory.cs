using Hubs.Web.Features.Clinicians.JoiningDirectory;
using Marten;

namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// The clinicians of one Hub (Marten documents, indexed by their Hubs): those who work for it and have not left it.
/// A clinician of two Hubs is listed in both; what either Hub lists through them is that Hub's own work only.
/// </summary>
public static class ClinicianDirectory
{
    public static IServiceCollection AddClinicianDirectory(this IServiceCollection services) =>
        services
            .ConfigureMarten(options => options.Schema.For<ClinicianProfile>().GinIndexJsonData())
            .AddClinicianSignIn();

    public static async Task<IReadOnlyList<ClinicianProfile>> ListAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var clinicians = await session
            .Query<ClinicianProfile>()
            .Where(c => c.HubIds.Contains(hubId) && !c.LeftHubIds.Contains(hubId))
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        return [.. clinicians];
    }

    /// <summary>A staff id as a name for the pages; an id outside the directory reads as "another clinician".</summary>
    public static string NameOf(IReadOnlyList<ClinicianProfile> clinicians, Guid? id) =>
        id is null ? "Not allocated" : clinicians.FirstOrDefault(c => c.Id == id)?.Name ?? "Another clinician";
}
