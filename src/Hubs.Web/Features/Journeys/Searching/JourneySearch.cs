using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>A journey of the caller's Hub that matched, with the keyworker's name (null once shredded).</summary>
public sealed record SearchMatch(JourneySummary Journey, string? Name);

/// <summary>
/// Staff search over one Hub (design in README.md beside this file): personal data is sealed per journey, so the
/// Hub's referrals are unsealed in memory — their keys fetched in one round trip — and compared there. A shredded
/// journey has nothing left to match but its reference. Nothing is stored, logged or published.
/// </summary>
public static class JourneySearch
{
    public static async Task<IReadOnlyList<SearchMatch>> FindAsync(
        IQuerySession session,
        KeyworkerKeys keys,
        string hubId,
        StaffSearchQuery query,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(query);
        var journeys = (
            await session.Query<JourneySummary>().Where(j => j.HubId == hubId).ToListAsync(cancellationToken)
        ).ToDictionary(j => j.Id);
        if (query.Kind == SearchKind.Reference)
        {
            journeys = journeys.Values.Where(j => JourneyReference.Of(j.Id) == query.Text).ToDictionary(j => j.Id);
            if (journeys.Count == 0)
            {
                return [];
            }
        }

        await keys.WarmAsync(journeys.Values.Select(j => j.SealedWith), cancellationToken);
        var ids = journeys.Keys.ToArray();
        var referrals = await session
            .Events.QueryAllRawEvents()
            .Where(e => ids.Contains(e.StreamId) && e.Version == 1)
            .ToListAsync(cancellationToken);
        var matches = new List<SearchMatch>();
        foreach (var referral in referrals.Select(e => e.Data).OfType<SelfReferralSubmitted>())
        {
            var person = referral.Person.Value;
            if (query.Kind == SearchKind.Reference || (person is not null && Matches(person, query)))
            {
                matches.Add(new(journeys[referral.JourneyId], person?.Name));
            }
        }

        return [.. matches.OrderBy(m => m.Journey.HasEnded).ThenByDescending(m => m.Journey.SubmittedAt)];
    }

    /// <summary>A name matches when every word typed is part of it; email and date of birth match exactly.</summary>
    public static bool Matches(PersonalDetails person, StaffSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(query);
        return query.Kind switch
        {
            SearchKind.Name => SearchText.Words(query.Text) is var words
                && SearchText.Fold(person.Name) is var name
                && words.All(w => name.Contains(w, StringComparison.Ordinal)),
            SearchKind.Email => string.Equals(person.Email.Trim(), query.Text, StringComparison.OrdinalIgnoreCase),
            SearchKind.DateOfBirth => person.DateOfBirth == query.Date,
            _ => false,
        };
    }
}
