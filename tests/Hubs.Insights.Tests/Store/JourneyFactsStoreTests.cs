using Hubs.Insights.Metrics;
using Hubs.Insights.Store;
using Hubs.Insights.Tests.Consumers;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Store;

public class JourneyFactsStoreTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task Facts_load_by_Hub_referral_month_and_sector()
    {
        var bus = insights.Host.Services.GetRequiredService<IBus>();
        var contracts = WholeJourney
            .Contracts("k-north", "north")
            .Take(1)
            .Concat(WholeJourney.Contracts("k-south", "south").Take(1))
            .Append(
                new Hubs.Contracts.Journeys.ReferralSubmitted(
                    "k-april",
                    "north",
                    1,
                    "2026-W15",
                    "2026-04",
                    "police",
                    "police-officer",
                    "25-34",
                    "not-stated",
                    "white",
                    "no",
                    false
                )
            )
            .ToList();
        foreach (var contract in contracts)
        {
            await bus.Publish(contract, contract.GetType(), c => c.MessageId = Guid.NewGuid());
        }

        await Poll.UntilAsync(
            async () => await insights.Database.CountAsync("SELECT count(*) FROM insights.journey_facts") == 3,
            "three referrals applied"
        );
        var store = insights.Host.Services.GetRequiredService<JourneyFactsStore>();

        Assert.Equal(["k-april", "k-north", "k-south"], Keys(await store.LoadAsync(JourneyFactsFilter.Everything)));
        Assert.Equal(["k-april", "k-north"], Keys(await store.LoadAsync(new JourneyFactsFilter(HubIds: ["north"]))));
        Assert.Equal(["k-north", "k-south"], Keys(await store.LoadAsync(new JourneyFactsFilter(ToMonth: "2026-03"))));
        Assert.Equal(
            ["k-april"],
            Keys(await store.LoadAsync(new JourneyFactsFilter(FromMonth: "2026-04", ToMonth: "2026-04")))
        );
        Assert.Equal(["k-april"], Keys(await store.LoadAsync(new JourneyFactsFilter(Sector: "police"))));
        Assert.Empty(await store.LoadAsync(new JourneyFactsFilter(HubIds: [])));
        Assert.Equal(
            ["k-april", "k-north"],
            Keys(await store.LoadAsync(new HashSet<string> { "north" }, CancellationToken.None))
        );
        var april = (await store.LoadAsync(new JourneyFactsFilter(Sector: "police"))).Single();
        Assert.Equal(
            (Dimensions.NotStated, "white", "police-officer"),
            (
                Dimensions.GroupOf(april, Dimension.Sex),
                Dimensions.GroupOf(april, Dimension.EthnicityGroup),
                april.StaffGroup
            )
        );
    }

    private static List<string> Keys(IEnumerable<JourneyFacts> facts) => facts.Select(f => f.JourneyKey).ToList();
}
