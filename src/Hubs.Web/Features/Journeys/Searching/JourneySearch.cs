using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// Staff search over one Hub (design in README.md beside this file): the keyed blind index gives the journeys that
/// may match, in the order they are shown (<see cref="SearchCandidates"/>); they are confirmed a page at a time —
/// summaries, data keys and referrals each in one round trip, each referral unsealed and compared in memory — until
/// one more than asked for has matched. So a search unseals about as many referrals as it shows, however many people
/// share a name, and its first results are those of comparing every referral of the Hub. A shredded journey has no
/// tokens and nothing left to match but its reference. Nothing typed is stored, logged or published.
/// </summary>
public static class JourneySearch
{
    public static async Task<SearchResult> FindAsync(
        IQuerySession session,
        KeyworkerKeys keys,
        string hubId,
        StaffSearchQuery query,
        int shown,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shown);
        var candidates =
            query.Kind == SearchKind.Reference
                ? await SearchCandidates.ByReferenceAsync(session, hubId, query.Text, cancellationToken)
                : await SearchCandidates.IndexedAsync(
                    session,
                    hubId,
                    SearchTokens.For(await SearchKey.ForHubAsync(keys, hubId, cancellationToken), hubId, query),
                    cancellationToken
                );

        // Most candidates of a name are real matches, so the first page usually ends the search; a page that was
        // mostly collisions (an email's or a date's token is shared on purpose) is followed by one twice as large.
        var matches = new List<SearchMatch>();
        var (next, page) = (0, shown + 1);
        while (matches.Count <= shown && next < candidates.Count)
        {
            var ids = candidates.Skip(next).Take(page).ToArray();
            matches.AddRange(await ConfirmAsync(session, keys, ids, query, cancellationToken));
            (next, page) = (next + ids.Length, page * 2);
        }

        return new([.. matches.Take(shown)], matches.Count > shown);
    }

    /// <summary>The candidates that match, in the candidates' order.</summary>
    private static async Task<IEnumerable<SearchMatch>> ConfirmAsync(
        IQuerySession session,
        KeyworkerKeys keys,
        Guid[] ids,
        StaffSearchQuery query,
        CancellationToken cancellationToken
    )
    {
        var journeys = (await session.LoadManyAsync<JourneySummary>(cancellationToken, ids)).ToDictionary(j => j.Id);
        await keys.WarmAsync(journeys.Values.Select(j => j.SealedWith), cancellationToken);
        var people = (await JourneyReferrals.ReadAsync(session, journeys.Keys, cancellationToken)).ToDictionary(
            r => r.JourneyId,
            r => r.Person.Value
        );
        return ids.Where(people.ContainsKey)
            .Select(id => (Journey: journeys[id], Person: people[id]))
            .Where(c => query.Kind == SearchKind.Reference || (c.Person is not null && Matches(c.Person, query)))
            .Select(c => new SearchMatch(c.Journey, c.Person?.Name));
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
