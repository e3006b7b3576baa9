using Hubs.Contracts.Rebuild;
using Hubs.Insights.Rebuild;
using Hubs.Insights.Store;
using Hubs.Testing;
using Hubs.Web.Features.Publishing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.EndToEnd.Tests.Rebuild;

/// <summary>
/// The bulk rebuild (<c>web export-milestones | insights import-milestones</c>, as <c>ops/hubs rebuild</c> runs it)
/// into an emptied Insights store gives back exactly what the live pipeline built and published: every table row,
/// feed, dashboard and report. Cut off part way it resumes from its saved position without counting anything twice,
/// and only PII-free contracts travel from Web to Insights. It writes no dedupe mark a message: a message published
/// again after it is known as applied by the event sequence it carries.
/// </summary>
public partial class FastRebuildTests(LiveFiguresFixture system) : IClassFixture<LiveFiguresFixture>
{
    [Fact]
    public async Task A_rebuild_from_scratch_publishes_exactly_the_live_figures()
    {
        await ResetAsync();
        Assert.NotEqual(system.Live, await PublishedFigures.ReadAsync(system));

        var lines = await ExportAsync(after: 0);
        // As `import-milestones` runs it: the store analysed beside the refill, the refill's tables after it.
        await Import.RunAndAnalyzeAsync(new StringReader(lines), CancellationToken.None);

        Assert.Equal(system.Live, await PublishedFigures.ReadAsync(system));
        Assert.Equal(
            await system.Database.CountAsync("SELECT max(seq_id) FROM clinical.mt_events"),
            await RebuildPosition.LoadAsync(InsightsData)
        );
        Assert.Equal(0, await MarksAsync());
    }

    [Fact]
    public async Task After_a_rebuild_the_planners_statistics_count_the_rows_the_refill_wrote()
    {
        await ResetAsync();
        await Import.RunAndAnalyzeAsync(new StringReader(await ExportAsync(after: 0)), CancellationToken.None);

        // Analysed once written: statistics taken beside the refill saw its tables empty or part written.
        foreach (var table in new[] { "journey_treatment", "journey_cells" })
        {
            var rows = await system.Database.CountAsync($"SELECT count(*) FROM insights.{table}");
            Assert.True(rows > 0, $"{table} has rows");
            Assert.Equal(
                rows,
                await system.Database.CountAsync(
                    $"SELECT reltuples::bigint FROM pg_class WHERE oid = 'insights.{table}'::regclass"
                )
            );
        }
    }

    [Fact]
    public async Task A_rebuild_cut_off_part_way_resumes_where_it_stopped_and_counts_nothing_twice()
    {
        await ResetAsync();
        var lines = await ExportAsync(after: 0);
        var cutAfter = lines.Split('\n').Length * 3 / 5;

        await Assert.ThrowsAsync<IOException>(() =>
            Import.RunAsync(new CutOffReader(lines, cutAfter), batchSize: 40, CancellationToken.None)
        );
        var position = await RebuildPosition.LoadAsync(InsightsData);
        Assert.InRange(position, 1, await system.Database.CountAsync("SELECT max(seq_id) FROM clinical.mt_events") - 1);
        var applied = lines
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(MilestoneLine.Parse)
            .Count(l => l.Contract is not null && l.Sequence <= position);
        Assert.InRange(applied, 1, system.Milestones - 1);

        var resumed = await ExportAsync(after: position);
        Assert.Equal(system.Milestones - applied, await Import.RunAsync(new StringReader(resumed), 40, default));
        Assert.Equal(system.Live, await PublishedFigures.ReadAsync(system));

        // Resuming from too early (here the very start) over what was applied changes nothing either.
        Assert.Equal(0, await Import.RunAsync(new StringReader(lines), 40, CancellationToken.None));
        Assert.Equal(system.Live, await PublishedFigures.ReadAsync(system));
        Assert.Equal(0, await MarksAsync());
    }

    [Fact]
    public async Task After_a_rebuild_every_milestone_published_again_is_known_as_applied_by_its_event_sequence()
    {
        await ResetAsync();
        Assert.Equal(system.Milestones, await Import.RunAsync(new StringReader(await ExportAsync(0)), default));
        Assert.Equal(0, await MarksAsync());

        using var consumed = new ConsumedMessages(system.Insights.Services.GetRequiredService<IBus>());
        var republish = system.Web.Services.GetRequiredService<RepublishAllMilestones>();
        var republished = await republish.RunAsync(null, default);
        Assert.True(republished >= system.Milestones);
        await Poll.UntilAsync(
            () => consumed.Count >= system.Milestones,
            $"all {system.Milestones} milestones published again are consumed",
            TimeSpan.FromMinutes(2)
        );

        Assert.Equal(0, await MarksAsync());
        Assert.Equal(system.Live, await PublishedFigures.ReadAsync(system));
    }

    [Fact]
    public async Task Only_contracts_travel_to_Insights_and_no_personal_detail_reaches_it()
    {
        await ResetAsync();
        var lines = await ExportAsync(after: 0);
        await Import.RunAsync(new StringReader(lines), CancellationToken.None);

        var milestones = lines
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(MilestoneLine.Parse)
            .Where(l => l.Contract is not null)
            .ToList();
        Assert.Equal(system.Milestones, milestones.Count);
        Assert.All(milestones, m =>
            Assert.Same(MilestoneLine.Contracts[m.Contract!.GetType().Name], m.Contract.GetType())
        );
        var figures = await PublishedFigures.ReadAsync(system);
        Assert.All(system.Markers, marker =>
        {
            Assert.DoesNotContain(marker, lines, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(marker, figures, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal(system.Live, figures);
    }

    private MilestoneImport Import => system.Insights.Services.GetRequiredService<MilestoneImport>();

    private NpgsqlDataSource InsightsData => system.Insights.Services.GetRequiredService<NpgsqlDataSource>();

    private Task ResetAsync() => InsightsSchema.ResetAsync(InsightsData);

    private Task<long> MarksAsync() => system.Database.CountAsync("SELECT count(*) FROM insights.processed_messages");

    private Task<string> ExportAsync(long after) => system.ExportAsync(after);

    /// <summary>
    /// The export's lines up to a point, then a broken pipe: the import dies part way through a batch.
    /// </summary>
    private sealed class CutOffReader(string text, int lines) : TextReader
    {
        private readonly StringReader _reader = new(text);
        private int _read;

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            ++_read > lines ? throw new IOException("Broken pipe") : _reader.ReadLineAsync(cancellationToken);
    }
}
