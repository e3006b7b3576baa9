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
public sealed class SessionRatingsTable(ISessionRatingsSource? source = null) : ITablePublisher
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
                People.Count<SessionRatingFacts>("rated", CommissionerWords.Columns.ActivitiesRated, a =>
                    a.Ratings > 0
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

    public IReadOnlyCollection<string> Tables { get; } = [TableCatalogue.SessionRatings];

    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var activities = await (source ?? NoSessionRatings.Instance).ActivitiesAsync(scope.Hubs, cancellationToken);
        return Publish(
            scope.InPeriod(activities, a => a.HubId, a => a.Month, a => "team-activity:" + a.Key),
            scope.Options
        );
    }
}
