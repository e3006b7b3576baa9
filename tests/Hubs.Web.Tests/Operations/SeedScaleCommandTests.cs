using Hubs.Testing;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Operations.Scale;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// The synthetic national data set at a CI size: 300 journeys over 3 Hubs through the real command (a separate
/// process, Production settings) one journey a batch by three workers at once, cut off midway and resumed.
/// </summary>
public class SeedScaleCommandTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private const int Journeys = 300;
    private static readonly string[] HubIds = ScaleRun.HubIds;
    private static readonly Dictionary<string, string> ThreeHubs = ScaleRun.ThreeHubs;

    [Fact]
    public async Task A_run_cut_off_and_resumed_writes_each_stage_once_read_models_agree_nothing_personal_in_clear()
    {
        string[] seed = ["seed-scale", "--journeys", $"{Journeys}", "--hubs", "3", "--batch", "1", "--writers", "3"];
        using (var cutOff = WebCommand.Start(web, seed, ThreeHubs))
        {
            await Poll.UntilAsync(
                async () => (await CheckpointAsync())?.Done >= 100 || cutOff.HasExited,
                "a third seeded",
                TimeSpan.FromMinutes(5)
            );
            cutOff.Kill(entireProcessTree: true);
            await cutOff.WaitForExitAsync();
            var cut = (await CheckpointAsync())!.Done;
            Assert.InRange(cut, 100, Journeys - 1);
            // Workers commit in batch order: the checkpoint counts exactly the journeys written, none missing.
            Assert.Equal(cut, await web.Database.CountAsync("SELECT count(*) FROM clinical.mt_doc_journey"));
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            WebCommand.RunAsync(web, seed, ThreeHubs)
        );
        Assert.Contains("--resume", refused.Message, StringComparison.Ordinal);
        var printed = await WebCommand.RunAsync(web, [.. seed, "--resume"], ThreeHubs);
        Assert.Contains($"{Journeys} of {Journeys} over 3 Hubs", printed, StringComparison.Ordinal);

        var checkpoint = (await CheckpointAsync())!;
        var plan = new ScalePlan(Journeys, HubIds);
        var expected = Enumerable.Range(0, Journeys).Select(n => ScaleJourney.Make(n, plan, checkpoint.Now)).ToList();
        await using var session = Store.QuerySession();
        var stored = await session.Events.QueryAllRawEvents().Where(e => e.StreamId != Guid.Empty).ToListAsync();
        var journeyEvents = stored.Where(e => e.Data is IJourneyEvent).ToList();

        Assert.Equal(expected.Select(j => j.Id).Order(), journeyEvents.Select(e => e.StreamId).Distinct().Order());
        Assert.Equal(Counts(expected.SelectMany(j => j.Events)), Counts(journeyEvents.Select(e => e.Data)));
        Assert.Equal(
            checkpoint.Activities,
            stored
                .Where(e => e.Data is Features.TeamActivities.TeamActivityPlanned)
                .Select(e => e.StreamId)
                .Distinct()
                .Count()
        );
        Assert.All(ScaleStages.Every, stage => Assert.Contains(expected, j => j.Events.Any(e => e.GetType() == stage)));
        Assert.Equal(HubIds.Order(), expected.Select(j => j.HubId).Distinct().Order());

        Assert.Equal(
            Where(expected, ScaleStages.InTriageQueue),
            (await session.Query<TriageQueueItem>().Where(i => i.InQueue).ToListAsync()).Select(i => i.Id).Order()
        );
        Assert.Equal(
            Where(expected, ScaleStages.OnCaseload),
            (await session.Query<CaseloadEntry>().Where(i => i.Active).ToListAsync()).Select(i => i.Id).Order()
        );
        Assert.Equal(
            Where(expected, ScaleStages.OnWaitingList),
            (await session.Query<WaitingListEntry>().Where(i => i.WaitingFor != null).ToListAsync())
                .Select(i => i.Id)
                .Order()
        );
        Assert.Equal(Journeys, await session.Query<Journey>().CountAsync());

        // Staff search's index is seeded too (issue 22): a seeded name is found as unsealing the whole Hub finds it.
        Assert.Equal(Journeys, await web.Database.CountAsync($"SELECT count(*) FROM {SearchTokenTable.Name}"));
        var keys = web.Host.Services.GetRequiredService<KeyworkerKeys>();
        var name = StaffSearchQuery.Read(ScalePeople.NameOf(7), null, null, null).Query!;
        var scanned = await Clinic.Search.FullScanSearch.FindAsync(session, keys, expected[7].HubId, name);
        var indexed = await JourneySearch.FindAsync(session, keys, expected[7].HubId, name, scanned.Count, default);
        Assert.Contains(indexed.Matches, m => m.Journey.Id == expected[7].Id);
        Assert.Equal(scanned.Select(m => m.Journey.Id), indexed.Matches.Select(m => m.Journey.Id));
        Assert.False(indexed.More);
        Assert.Equal(
            1,
            await web.Database.CountAsync(
                "SELECT count(*) FROM clinical.mt_event_progression WHERE name = 'milestone-publisher:All' "
                    + "AND last_seq_id = (SELECT max(seq_id) FROM clinical.mt_events)"
            )
        );

        // A host started on a seeded store must not look for gaps from the first event: at a million journeys
        // Marten's high-water detection over 17 million events timed out and was retried every 30 s.
        Assert.Equal(
            1,
            await web.Database.CountAsync(
                "SELECT count(*) FROM clinical.mt_event_progression WHERE name = 'HighWaterMark' "
                    + "AND last_seq_id = (SELECT max(seq_id) FROM clinical.mt_events)"
            )
        );

        foreach (
            var clear in new[]
            {
                ScalePeople.NameOf(7),
                ScalePeople.NameOf(250),
                "scale.42@example.invalid",
                "Synthetic formulation",
                "Synthetic session notes",
            }
        )
        {
            Assert.Equal(0, await ClinicalRowsHoldingAsync(clear));
        }
    }

    private IDocumentStore Store => web.Host.Services.GetRequiredService<IDocumentStore>();

    private async Task<ScaleCheckpoint?> CheckpointAsync()
    {
        await using var session = Store.QuerySession();
        return await session.LoadAsync<ScaleCheckpoint>(ScaleCheckpoint.TheRun);
    }

    private static Dictionary<string, int> Counts(IEnumerable<object> events) =>
        events.GroupBy(e => e.GetType().Name).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    private static IEnumerable<Guid> Where(
        IEnumerable<ScaleJourney> journeys,
        Func<IReadOnlyList<IJourneyEvent>, bool> rule
    ) => journeys.Where(j => rule(j.Events)).Select(j => j.Id).Order();

    /// <summary>Rows of any table of the clinical schema whose text holds <paramref name="clear"/>.</summary>
    private async Task<long> ClinicalRowsHoldingAsync(string clear)
    {
        var tables = new List<string>();
        await using (var connection = new Npgsql.NpgsqlConnection(web.Database.Admin))
        {
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'clinical' AND table_type = 'BASE TABLE'",
                connection
            );
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        long found = 0;
        foreach (var table in tables)
        {
            found += await web.Database.CountAsync(
                $"SELECT count(*) FROM clinical.\"{table}\" t WHERE t::text LIKE '%{clear}%'"
            );
        }

        return found;
    }
}
