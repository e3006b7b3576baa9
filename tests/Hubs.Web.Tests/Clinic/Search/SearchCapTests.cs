using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Journeys.WithdrawingJourney;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Tests.Clinic.Risk;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// A name many people share (issue 22): the search shows the first N in the documented order — open journeys first,
/// then the newest referral — says that more match, and unseals about N referrals rather than every match.
/// </summary>
public sealed class SearchCapTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task With_more_matches_than_shown_it_gives_the_first_in_order_and_says_more_match()
    {
        var u = SearchPeople.Unique();
        var services = clinic.App.Services;
        var people = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            people.Add(await SearchPeople.ReferAsync(services, "north", $"Sam {u} {i}", $"sam{i}.{u}@example.org"));
        }

        // The newest two end: they come after every open journey, however recent.
        var journeys = new RiskJourneys(services, TimeProvider.System);
        foreach (var id in people.TakeLast(2))
        {
            await journeys.WriteAsync(id, "north", j =>
                WithdrawJourneyDecision.Decide(j, new WithdrawJourney(null), DateTimeOffset.UtcNow)
            );
        }

        var query = StaffSearchQuery.Read($"sam {u}", null, null, null).Query!;
        var keys = services.GetRequiredService<KeyworkerKeys>();
        await using var session = clinic.Store.QuerySession();
        var all = await FullScanSearch.FindAsync(session, keys, "north", query);
        Guid[] expected = [.. people.Take(5).Reverse(), .. people.TakeLast(2).Reverse()];
        Assert.Equal(expected, all.Select(m => m.Journey.Id));
        foreach (var shown in new[] { 1, 3, 6, 7, 8 })
        {
            var found = await JourneySearch.FindAsync(session, keys, "north", query, shown, default);
            Assert.Equal(all.Take(shown).Select(m => (m.Journey.Id, m.Name)), Shown(found));
            Assert.Equal(shown < all.Count, found.More);
        }
    }

    [Fact]
    public async Task A_search_with_many_matches_unseals_about_as_many_referrals_as_it_shows()
    {
        var u = SearchPeople.Unique();
        var services = clinic.App.Services;
        for (var i = 0; i < 12; i++)
        {
            await SearchPeople.ReferAsync(services, "north", $"Kim {u}", $"kim{i}.{u}@example.org");
        }

        // A key cache of its own, empty: what it holds afterwards is every data key the search read.
        var keys = new KeyworkerKeys(
            services.GetRequiredService<NpgsqlDataSource>(),
            services.GetRequiredService<MasterKeys>(),
            TimeProvider.System
        );
        await using var session = clinic.Store.QuerySession();
        var query = StaffSearchQuery.Read($"kim {u}", null, null, null).Query!;
        var found = await JourneySearch.FindAsync(session, keys, "north", query, 3, default);
        Assert.Equal(3, found.Matches.Count);
        Assert.True(found.More);
        Assert.True(keys.Cached <= 1 + 4, $"{keys.Cached} keys read (the Hub's search key and 4 at most)");
    }

    private static List<(Guid, string?)> Shown(SearchResult found) =>
        [.. found.Matches.Select(m => (m.Journey.Id, m.Name))];
}
