using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.SessionRatings;

/// <summary>
/// The one-minute ratings of team-based support held in the period, by kind with the total: activities rated,
/// ratings, and the shares of ratings that found the session valuable and felt safe to speak. An activity is keyed as
/// in the team-based support table, so it counts the same in both; a rate's base is its cell's ratings, suppressed
/// when 1–7 like any other. Reflective group meetings' ratings are in the reflective groups table.
/// </summary>
public static class SessionRatingsTable
{
    public const string Title = CommissionerWords.Titles.SessionRatings;

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<SessionRatingFacts>> activities,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            Title,
            TableRows.ByCategory(activities, TeamSupportTable.Kinds, a => a.Kind, "Total"),
            [
                People.Count<SessionRatingFacts>(
                    "rated",
                    CommissionerWords.Columns.ActivitiesRated,
                    a => a.Ratings > 0
                ),
                new CountOf<SessionRatingFacts>("ratings", CommissionerWords.Columns.Ratings, a => a.Ratings),
                new RateOf<SessionRatingFacts>(
                    "found-valuable",
                    CommissionerWords.Columns.FoundValuable,
                    a => a.FoundValuable,
                    a => a.Ratings
                ),
                new RateOf<SessionRatingFacts>(
                    "felt-safe",
                    CommissionerWords.Columns.FeltSafeToSpeak,
                    a => a.FeltSafe,
                    a => a.Ratings
                ),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );

    /// <returns>The table, or null when the request is for another table.</returns>
    public static async Task<PublishedTable?> PublishAsync(
        ISessionRatingsSource source,
        TableRequest request,
        IReadOnlySet<string> hubs,
        RecordKeys keys,
        DisclosureOptions options,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(keys);
        if (request.Table != TableCatalogue.SessionRatings)
        {
            return null;
        }

        var activities = await source.ActivitiesAsync(hubs, cancellationToken);
        return Publish(
            [
                .. activities
                    .Where(a => hubs.Contains(a.HubId) && request.Period.Contains(a.Month))
                    .Select(a => new Keyed<SessionRatingFacts>(a, keys.Of("team-activity:" + a.Key))),
            ],
            options
        );
    }
}
