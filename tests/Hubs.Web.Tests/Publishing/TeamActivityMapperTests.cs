using System.Text.Json;
using Hubs.Contracts.TeamActivities;
using Hubs.Web.Features.TeamActivities;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

public class TeamActivityMapperTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_team_activity_sends_type_Hub_period_and_head_count_never_its_team_or_facilitator()
    {
        var facilitator = Guid.NewGuid();
        var activity = new TeamActivity(
            Guid.NewGuid(),
            "north",
            TeamActivityKind.ReflectiveGroup,
            "TEAMMARK ward",
            At.AddDays(7),
            90,
            facilitator
        );

        var held = Assert.IsType<TeamActivityRecorded>(
            Map(new TeamActivityHeld(activity.Id, At.AddDays(8), 11), activity, 2)
        );
        var planned = Assert.IsType<TeamActivityRecorded>(
            Map(
                new TeamActivityPlanned(
                    activity.Id,
                    "north",
                    activity.Kind,
                    activity.Team,
                    activity.StartsAt,
                    90,
                    facilitator,
                    At
                ),
                activity,
                1
            )
        );

        Assert.Equal(
            ("north", "2026-W11", "2026-03", "reflective-group", "held", (int?)11),
            (held.HubId, held.IsoWeek, held.Month, held.Kind, held.Status, held.AttendanceCount)
        );
        Assert.Equal(("planned", (int?)null), (planned.Status, planned.AttendanceCount));
        Assert.Equal(Keys.ActivityKey(activity.Id), held.ActivityKey);
        Assert.NotEqual(Keys.JourneyKey(activity.Id), held.ActivityKey);
        var json = JsonSerializer.Serialize(new[] { held, planned });
        Assert.DoesNotContain("TEAMMARK", json, StringComparison.Ordinal);
        Assert.DoesNotContain(facilitator.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }
}
