using System.Text.Json;
using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using static Hubs.Web.Tests.Publishing.Mapping;
using Published = Hubs.Contracts.TeamActivities;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// A team session's anonymous rating travels as two codes with the activity's key, kind and month (issue 19); opening
/// the rating publishes nothing, and neither the rating code, the team nor the time of the answer ever leaves.
/// </summary>
public class TeamSessionRatingMapperTests
{
    private static readonly DateTimeOffset StartsAt = new(2026, 7, 31, 22, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SessionValue.NotAtAll, FeltSafe.No, "not-at-all", "no")]
    [InlineData(SessionValue.ALittle, FeltSafe.Partly, "a-little", "partly")]
    [InlineData(SessionValue.Very, FeltSafe.Yes, "very", "yes")]
    public void A_rating_travels_as_codes_of_the_activity_s_kind_and_month(
        SessionValue value,
        FeltSafe safe,
        string valueCode,
        string safeCode
    )
    {
        var activity = new TeamActivity(
            Guid.NewGuid(),
            "north",
            TeamActivityKind.ResilienceWorkshop,
            "Ward 7 night team",
            StartsAt,
            60,
            Guid.NewGuid()
        ) with
        {
            RatingCode = "k3m9pq7rt2xz",
        };
        var ratedAt = StartsAt.AddDays(40);

        var rating = Map(new TeamSessionRated(activity.Id, ratedAt, value, safe), activity, version: 5);
        var opened = Map(new TeamSessionRatingOpened(activity.Id, ratedAt, "k3m9pq7rt2xz"), activity, version: 4);

        // 22:30 UTC on 31 July is 23:30 in London: still July.
        Assert.Equal(
            new Published.TeamSessionRated(
                Keys.ActivityKey(activity.Id),
                "north",
                5,
                "2026-07",
                "resilience-workshop",
                valueCode,
                safeCode
            ),
            rating
        );
        Assert.Contains(valueCode, Published.TeamActivityCodes.Values);
        Assert.Contains(safeCode, Published.TeamActivityCodes.FeltSafe);
        Assert.Null(opened);
        var json = JsonSerializer.Serialize(rating);
        Assert.DoesNotContain("k3m9pq7rt2xz", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Ward", json, StringComparison.Ordinal);
        Assert.DoesNotContain(activity.Id.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }
}
