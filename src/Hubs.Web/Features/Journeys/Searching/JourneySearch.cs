using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>A journey of the caller's Hub that matched, with the keyworker's name (null once shredded).</summary>
public sealed record SearchMatch(JourneySummary Journey, string? Name);

/// <summary>
/// Staff search over one Hub (design in README.md beside this file): the keyed blind index gives the journeys that
/// may match (<see cref="SearchIndex"/>), whose referrals alone are unsealed — their keys fetched in one round trip —
/// and compared in memory, so the results are those of comparing every referral of the Hub. A shredded journey has no
/// tokens and nothing left to match but its reference. Nothing typed is stored, logged or published.
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
        var candidates = await CandidatesAsync(session, keys, hubId, query, cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        var journeys = (
            await session
                .Query<JourneySummary>()
                .Where(j => j.HubId == hubId && candidates.Contains(j.Id))
                .ToListAsync(cancellationToken)
        ).ToDictionary(j => j.Id);
        await keys.WarmAsync(journeys.Values.Select(j => j.SealedWith), cancellationToken);
        var matches = new List<SearchMatch>();
        foreach (var referral in await JourneyReferrals.ReadAsync(session, journeys.Keys, cancellationToken))
        {
            var person = referral.Person.Value;
            if (query.Kind == SearchKind.Reference || (person is not null && Matches(person, query)))
            {
                matches.Add(new(journeys[referral.JourneyId], person?.Name));
            }
        }

        return [.. matches.OrderBy(m => m.Journey.HasEnded).ThenByDescending(m => m.Journey.SubmittedAt)];
    }

    /// <summary>
    /// A reference is the id's last 8 hex digits: the Hub's ids are read (not their summaries) and compared. Anything
    /// else is looked up in the blind index; a name of only 1- or 2-letter words has no tokens and would take the whole
    /// Hub as candidates (correct but slow: the form asks for a word of 3 letters instead).
    /// </summary>
    private static async Task<IReadOnlyList<Guid>> CandidatesAsync(
        IQuerySession session,
        KeyworkerKeys keys,
        string hubId,
        StaffSearchQuery query,
        CancellationToken cancellationToken
    )
    {
        if (query.Kind == SearchKind.Reference)
        {
            var all = await session
                .Query<JourneySummary>()
                .Where(j => j.HubId == hubId)
                .Select(j => j.Id)
                .ToListAsync(cancellationToken);
            return [.. all.Where(id => JourneyReference.Of(id) == query.Text)];
        }

        var key = await SearchKey.ForHubAsync(keys, hubId, cancellationToken);
        return await SearchIndex.CandidatesAsync(
            session,
            hubId,
            SearchTokens.For(key, hubId, query),
            cancellationToken
        );
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
