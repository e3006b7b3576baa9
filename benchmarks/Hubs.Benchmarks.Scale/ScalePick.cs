using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Benchmarks.Scale;

internal sealed record BusiestHub(int Journeys, Guid Clinician, int Caseload, Guid Record);

/// <summary>
/// Who to be in the busiest Hub: its clinician with the largest open caseload, and their longest-treated case.
/// </summary>
internal static class ScalePick
{
    /// <summary>A name the seeding gives to many people (Web's ScalePeople): a search with many matches.</summary>
    public const string SearchText = "Jordan Ellis";

    /// <summary>A surname alone: one seeded person in 13 has it, so thousands of candidates in a busy Hub.</summary>
    public const string Surname = "Ellis";

    public static async Task<BusiestHub> BusiestAsync(IServiceProvider services, string hubId)
    {
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        var journeys = await session.Query<TriageQueueItem>().CountAsync(i => i.HubId == hubId);
        var open = await session.Query<CaseloadEntry>().Where(e => e.HubId == hubId && e.Active).ToListAsync();
        var largest = open.GroupBy(e => e.ClinicianId!.Value).MaxBy(g => g.Count())
            ?? throw new InvalidOperationException($"Nobody is in treatment in {hubId}: seed more journeys.");
        return new BusiestHub(journeys, largest.Key, largest.Count(), largest.MaxBy(e => e.SessionsRecorded)!.Id);
    }
}
