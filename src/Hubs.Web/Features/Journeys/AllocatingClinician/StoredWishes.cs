using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Events;
using Marten;

namespace Hubs.Web.Features.Journeys.AllocatingClinician;

/// <summary>
/// The keyworker's wishes as stored with their referral (sealed in the referral event, or the older plain document),
/// and how far an allocation to a clinician meets them: judged when the lead allocates, so the record and Insights
/// keep the answer after the profile or the wishes change (or are shredded).
/// </summary>
public static class StoredWishes
{
    public static SupportWishes Of(SupportPreferences? support) =>
        new(
            support?.Modes ?? [],
            support?.OutOfHours ?? [],
            support?.ClinicianCharacteristics ?? [],
            support?.ClinicianDetails
        );

    public static async Task<AllocationWishes> MetByAsync(
        IQuerySession session,
        Guid journeyId,
        Guid clinicianId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var first = await session.Events.FetchStreamAsync(journeyId, version: 1, token: cancellationToken);
        var support = first.Select(e => e.Data).OfType<SelfReferralSubmitted>().FirstOrDefault()?.Support?.Value
            ?? (await session.LoadAsync<ReferralPreferences>(journeyId, cancellationToken))?.Support;
        var clinician = await session.LoadAsync<ClinicianProfile>(clinicianId, cancellationToken);
        return ClinicianMatching.WishesMet(Of(support), clinician);
    }
}
