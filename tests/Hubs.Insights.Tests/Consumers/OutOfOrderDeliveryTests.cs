using Hubs.Contracts.Journeys;
using Hubs.Contracts.TeamActivities;
using Hubs.Insights.Metrics;
using Hubs.Insights.Store;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// Milestones reach Insights in any order and some more than once; the journey's facts come out the
/// same as in stream order, with each milestone counted once.
/// </summary>
public class OutOfOrderDeliveryTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    private IBus Bus => insights.Host.Services.GetRequiredService<IBus>();

    private JourneyFactsStore Store => insights.Host.Services.GetRequiredService<JourneyFactsStore>();

    [Fact]
    public async Task A_journey_delivered_backwards_and_twice_has_the_same_facts_as_one_delivered_in_order()
    {
        var (inOrder, backwards) = ($"in-order-{Guid.NewGuid():N}", $"backwards-{Guid.NewGuid():N}");
        var before = await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages");
        await PublishAsync(WholeJourney.Contracts(inOrder));
        var reversed = WholeJourney.Contracts(backwards);
        reversed.Reverse();
        var (ending, beginning) = (reversed.Take(10).ToList(), reversed.Skip(10).ToList());
        await PublishAsync(ending, twice: true);
        await AppliedAsync(before + 12 + 10);

        Assert.DoesNotContain(await Store.LoadAsync(JourneyFactsFilter.Everything), f => f.JourneyKey == backwards);

        await PublishAsync(beginning, twice: true);
        await AppliedAsync(before + 24);
        var facts = (await Store.LoadAsync(JourneyFactsFilter.Everything)).ToDictionary(f => f.JourneyKey);
        Assert.Equal(facts[inOrder], facts[backwards] with { JourneyKey = inOrder });
        var journey = facts[backwards];
        Assert.Equal(
            ("east", "2026-03", "health", "nursing", new EquityGroups("asian", "female", "35-44", "no")),
            (journey.HubId, journey.ReferralMonth, journey.Sector, journey.StaffGroup, journey.Equity)
        );
        Assert.Equal(
            (true, (bool?)true, "flag", "assess", "cbt"),
            (
                journey.Screened,
                journey.ScreenedAtCaseness,
                journey.ScreeningRisk,
                journey.TriageOutcome,
                journey.Intervention
            )
        );
        Assert.Equal(
            ((int?)20, (int?)30, 2, 1, 1, 0, 4),
            (
                journey.DaysToAssessment,
                journey.DaysToFirstTreatment,
                journey.AttendedTreatmentAppointments,
                journey.DidNotAttendAppointments,
                journey.CancelledByClientAppointments,
                journey.CancelledByHubAppointments,
                journey.AppointmentsOffered
            )
        );
        Assert.Equal(
            ((int?)15, (int?)8, (int?)12, (int?)6),
            (journey.FirstPhq9, journey.LastPhq9, journey.FirstGad7, journey.LastGad7)
        );
        Assert.Equal((DischargeReason.Completed, false), (journey.DischargeReason, journey.Withdrawn));
        var outcome = JourneyOutcome.Classify(journey);
        Assert.True(
            outcome
                is {
                    FinishedCourse: true,
                    PairedScores: true,
                    Recovered: true,
                    ReliablyImproved: true,
                    ReliablyDeteriorated: false
                }
        );
    }

    [Fact]
    public async Task A_team_activity_held_before_its_planning_arrives_stays_held_with_its_head_count()
    {
        var key = $"activity-{Guid.NewGuid():N}";
        var before = await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages");
        await PublishAsync(
            [
                new TeamActivityRecorded(
                    key,
                    "east",
                    2,
                    "2026-W20",
                    "2026-05",
                    "peer-support",
                    TeamActivityCodes.Held,
                    11
                ),
            ],
            twice: true
        );
        await AppliedAsync(before + 1);
        await PublishAsync([
            new TeamActivityRecorded(
                key,
                "east",
                1,
                "2026-W20",
                "2026-05",
                "peer-support",
                TeamActivityCodes.Planned,
                null
            ),
        ]);
        await AppliedAsync(before + 2);

        var activities = await insights
            .Host.Services.GetRequiredService<TeamActivityStore>()
            .LoadAsync(new JourneyFactsFilter(HubIds: ["east"]));
        Assert.Equal(
            new StoredTeamActivity(key, "east", "2026-W20", "2026-05", "peer-support", "held", 11),
            Assert.Single(activities, a => a.ActivityKey == key)
        );
    }

    private async Task PublishAsync(IEnumerable<object> contracts, bool twice = false)
    {
        foreach (var contract in contracts)
        {
            var messageId = Guid.NewGuid();
            for (var copy = 0; copy < (twice ? 2 : 1); copy++)
            {
                await Bus.Publish(contract, contract.GetType(), c => c.MessageId = messageId);
            }
        }
    }

    private Task AppliedAsync(long count) =>
        Poll.UntilAsync(
            async () => await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages") == count,
            $"{count} messages applied"
        );
}
