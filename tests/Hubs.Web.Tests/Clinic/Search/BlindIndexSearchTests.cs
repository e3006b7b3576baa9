using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// The keyed blind index (issue 22): a search through it gives exactly what unsealing every referral of the Hub gives,
/// over accents, short words, several words, emails in odd case, dates, references, a shredded person and a second
/// Hub's people — and it narrows the referrals unsealed to a few.
/// </summary>
public sealed class BlindIndexSearchTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task The_index_finds_exactly_what_unsealing_the_whole_hub_finds()
    {
        var u = SearchPeople.Unique();
        var services = clinic.App.Services;
        var born = new DateOnly(1984, 3, 15);
        var zoe = await SearchPeople.ReferAsync(
            services,
            "north",
            $"Zoë Quillfeather-Ávila {u}",
            $"Zoe.{u}@Example.org",
            born
        );
        var jo = await SearchPeople.ReferAsync(services, "north", $"Jo {u} Li", $"jo.{u}@example.org");
        await SearchPeople.ReferAsync(
            services,
            "north",
            $"ZOE O'NEIL{u.ToUpperInvariant()}",
            $"ZO.{u}@EXAMPLE.ORG",
            born
        );
        await SearchPeople.ReferAsync(
            services,
            "north",
            $"Øystein Ångström {u}",
            $"oy.{u}@example.org",
            born.AddDays(1)
        );
        var shredded = await SearchPeople.ReferAsync(
            services,
            "north",
            $"Zoe Shred {u}",
            $"shred.{u}@example.org",
            born
        );
        var south = await SearchPeople.ReferAsync(
            services,
            "south",
            $"Zoë Quillfeather {u}",
            $"Zoe.{u}@Example.org",
            born
        );
        await EraseAsync(shredded);

        string[] typed =
        [
            "zoe",
            $"ZOE quill {u}",
            "quill avila",
            $"jo {u}",
            $"{u} li",
            "oystein",
            "ångström",
            "angstrom",
            $"o'neil{u}",
            $"neil{u}",
            "shred",
            u,
            $"{u} zzz",
            $"zoe.{u}@example.org",
            $" ZOE.{u}@EXAMPLE.ORG ",
            $"shred.{u}@example.org",
            "nobody@example.org",
            JourneyReference.Of(zoe),
            JourneyReference.Of(shredded),
            JourneyReference.Of(south),
        ];
        var queries = typed
            .Select(t => StaffSearchQuery.Read(t, null, null, null).Query!)
            .Concat(new StaffSearchQuery[] { new(SearchKind.Name, "jo li", null), new(SearchKind.Name, "z", null) })
            .Concat(
                new[] { born, born.AddDays(1), new DateOnly(1950, 1, 1) }.Select(d => new StaffSearchQuery(
                    SearchKind.DateOfBirth,
                    "",
                    d
                ))
            );

        var keys = services.GetRequiredService<KeyworkerKeys>();
        var found = new HashSet<Guid>();
        foreach (var query in queries)
        {
            await using var session = clinic.Store.QuerySession();
            var indexed = await JourneySearch.FindAsync(session, keys, "north", query, StaffSearch.Shown, default);
            var scanned = await FullScanSearch.FindAsync(session, keys, "north", query);
            Assert.True(scanned.Count < StaffSearch.Shown, $"{scanned.Count} matches: fewer than shown, for this test");
            Assert.Equal(Shown(scanned), Shown(indexed.Matches));
            Assert.False(indexed.More);
            found.UnionWith(indexed.Matches.Select(m => m.Journey.Id));
        }

        Assert.Contains(zoe, found);
        Assert.Contains(jo, found);
        Assert.Contains(shredded, found); // by its reference only, as before
        Assert.DoesNotContain(south, found);
    }

    [Fact]
    public async Task A_search_unseals_only_the_few_referrals_the_index_points_to()
    {
        var u = SearchPeople.Unique();
        var services = clinic.App.Services;
        var robin = await SearchPeople.ReferAsync(services, "north", $"Robin {u}", $"robin.{u}@example.org");
        for (var i = 0; i < 5; i++)
        {
            await SearchPeople.ReferAsync(services, "north", $"Robin Other{i}", $"other{i}.{u}@example.org");
        }

        var key = await SearchKey.ForHubAsync(services.GetRequiredService<KeyworkerKeys>(), "north", default);
        await using var session = clinic.Store.QuerySession();
        var hub = await session
            .Query<Hubs.Web.Features.Journeys.ReadModels.JourneySummary>()
            .CountAsync(j => j.HubId == "north");
        var query = StaffSearchQuery.Read($"robin {u}", null, null, null).Query!;
        var candidates = await SearchCandidates.IndexedAsync(
            session,
            "north",
            SearchTokens.For(key, "north", query),
            default
        );
        Assert.Contains(robin, candidates);
        Assert.True(candidates.Count < 3 && hub >= 6, $"{candidates.Count} candidates of {hub} journeys");
    }

    private static List<(Guid, string?)> Shown(IReadOnlyList<SearchMatch> matches) =>
        [.. matches.Select(m => (m.Journey.Id, m.Name))];

    private Task EraseAsync(Guid journeyId) =>
        SearchPeople.EraseAsync(clinic.App.Services, journeyId, KeyworkerErasure.Operator, "test");
}
