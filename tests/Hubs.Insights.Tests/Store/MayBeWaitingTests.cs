using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;
using Hubs.Insights.Store;
using Hubs.Insights.Tests.Consumers;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// Open waits read only the journeys that may still be waiting in the period, narrowed in the database: exactly
/// those <see cref="OpenWaits"/> finds waiting at the end of one of its months among all the Hub's journeys.
/// </summary>
public class MayBeWaitingTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task Only_the_journeys_waiting_at_the_end_of_a_month_of_the_period_are_read()
    {
        var hub = "waiting-" + Guid.NewGuid().ToString("N")[..8];
        // One journey stopped after each step: referred, triaged to assess, assessed, first treated, discharged.
        var steps = new Dictionary<string, int>
        {
            [hub + "-referred"] = 1,
            [hub + "-triaged"] = 3,
            [hub + "-assessed"] = 5,
            [hub + "-treated"] = 6,
            [hub + "-discharged"] = 12,
        };
        var bus = insights.Host.Services.GetRequiredService<IBus>();
        foreach (var (key, count) in steps)
        {
            foreach (var contract in WholeJourney.Contracts(key, hub).Take(count))
            {
                await bus.Publish(contract, contract.GetType(), c => c.MessageId = Guid.NewGuid());
            }
        }

        var store = insights.Host.Services.GetRequiredService<JourneyFactsStore>();
        var hubs = new HashSet<string> { hub };
        string[] waitingInQ2 = [hub + "-assessed", hub + "-referred", hub + "-triaged"];
        await Poll.UntilAsync(
            async () =>
                await store.LoadAsync(hubs, CancellationToken.None) is var all
                && all.Count(Discharged) == 1
                && Waiting(all, "2026-03").Count == 5
                && Waiting(all, "2026-Q2").SequenceEqual(waitingInQ2),
            "every milestone applied"
        );
        var everyone = await store.LoadAsync(hubs, CancellationToken.None);

        Assert.Equal(waitingInQ2, Keys(await store.LoadMayBeWaitingAsync(hubs, Period.Parse("2026-Q2")!, default)));
        Assert.Equal(
            Waiting(everyone, "2026-03"),
            Keys(await store.LoadMayBeWaitingAsync(hubs, Month("2026-03"), default))
        );
        Assert.Empty(await store.LoadMayBeWaitingAsync(hubs, Month("2026-02"), default));
    }

    private static bool Discharged(JourneyFacts facts) => facts.DischargeReason is not null;

    private static Period Month(string code) => Period.Parse(code)!;

    private static List<string> Waiting(IEnumerable<JourneyFacts> facts, string period) =>
        Keys(facts.Where(f => Month(period).Months.Any(m => OpenWaits.At(f, m) is not null)));

    private static List<string> Keys(IEnumerable<JourneyFacts> facts) =>
        facts.Select(f => f.JourneyKey).Order(StringComparer.Ordinal).ToList();
}
