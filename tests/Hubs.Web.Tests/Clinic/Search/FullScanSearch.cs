using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// Staff search as it was before the blind index: every referral of the Hub unsealed and compared. The index must
/// give exactly these results (<see cref="BlindIndexSearchTests"/>).
/// </summary>
internal static class FullScanSearch
{
    public static async Task<IReadOnlyList<SearchMatch>> FindAsync(
        IQuerySession session,
        KeyworkerKeys keys,
        string hubId,
        StaffSearchQuery query
    )
    {
        var journeys = (await session.Query<JourneySummary>().Where(j => j.HubId == hubId).ToListAsync()).ToDictionary(
            j => j.Id
        );
        await keys.WarmAsync(journeys.Values.Select(j => j.SealedWith), CancellationToken.None);
        var ids = journeys.Keys.ToArray();
        var referrals = await session
            .Events.QueryAllRawEvents()
            .Where(e => ids.Contains(e.StreamId) && e.Version == 1)
            .ToListAsync();
        var matches = new List<SearchMatch>();
        foreach (var referral in referrals.Select(e => e.Data).OfType<SelfReferralSubmitted>())
        {
            var person = referral.Person.Value;
            var found =
                query.Kind == SearchKind.Reference
                    ? Hubs.Web.Features.Journeys.JourneyReference.Of(referral.JourneyId) == query.Text
                    : person is not null && JourneySearch.Matches(person, query);
            if (found)
            {
                matches.Add(new(journeys[referral.JourneyId], person?.Name));
            }
        }

        return [.. matches.OrderBy(m => m.Journey.HasEnded).ThenByDescending(m => m.Journey.SubmittedAt)];
    }
}
