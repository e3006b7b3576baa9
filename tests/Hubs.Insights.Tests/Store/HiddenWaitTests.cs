using Hubs.Contracts.Journeys;
using Hubs.Insights.Metrics;
using Hubs.Insights.Store;
using Hubs.Insights.Tests.Consumers;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The hidden wait: days from the first to the second attended treatment appointment, from the appointment contracts.
/// </summary>
public class HiddenWaitTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task The_hidden_wait_skips_missed_and_cancelled_appointments_and_is_unknown_until_a_second_attendance()
    {
        // The whole journey attends treatment on day 30, misses day 37, cancels day 44 and attends day 51: 21 days.
        // The short one attends once, on day 40: no hidden wait yet.
        var contracts = WholeJourney
            .Contracts("k-whole", "north")
            .Concat([
                new ReferralSubmitted(
                    "k-once",
                    "north",
                    1,
                    "2026-W11",
                    "2026-03",
                    "fire",
                    "firefighter",
                    "35-44",
                    "male",
                    "white",
                    "no",
                    false
                ),
                new AppointmentOutcomeRecorded(
                    "k-once",
                    "north",
                    5,
                    "2026-W17",
                    "2026-04",
                    1,
                    "treatment",
                    "attended",
                    40
                ),
                new AppointmentOutcomeRecorded(
                    "k-once",
                    "north",
                    6,
                    "2026-W18",
                    "2026-04",
                    2,
                    "treatment",
                    "did-not-attend",
                    47
                ),
            ])
            .ToList();
        var bus = insights.Host.Services.GetRequiredService<IBus>();
        foreach (var contract in contracts)
        {
            await bus.Publish(contract, contract.GetType(), c => c.MessageId = Guid.NewGuid());
        }

        await Poll.UntilAsync(
            async () =>
                await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages")
                == contracts.Count,
            "every milestone applied"
        );
        var facts = (
            await insights
                .Host.Services.GetRequiredService<JourneyFactsStore>()
                .LoadAsync(JourneyFactsFilter.Everything)
        ).ToDictionary(f => f.JourneyKey);

        Assert.Equal(21, facts["k-whole"].DaysFirstToSecondTreatment);
        Assert.Null(facts["k-once"].DaysFirstToSecondTreatment);
        Assert.Equal(40, facts["k-once"].DaysToFirstTreatment);
        Assert.Equal(
            new MilestoneMonths("2026-W11", "2026-03", "2026-03", "2026-04", "2026-05"),
            facts["k-whole"].Months
        );
        Assert.Equal(new MilestoneMonths("2026-W11", FirstTreatment: "2026-04"), facts["k-once"].Months);
    }
}
