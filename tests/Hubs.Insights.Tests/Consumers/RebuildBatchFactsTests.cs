using Hubs.Contracts.Journeys;
using Hubs.Contracts.Rebuild;
using Hubs.Insights.Consumers;
using Hubs.Insights.Rebuild;
using Hubs.Insights.Store;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// The rebuild's batches write a journey's facts row once a batch, not once per milestone (each write a row version
/// with its index entries, the largest cost of a rebuild), and the row comes out exactly as the live consumers leave
/// it: earliest screening kept, a later re-screening ignored, an earlier one replacing what was stored, the last
/// referral's details, the Hub of the first milestone.
/// </summary>
public class RebuildBatchFactsTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task A_batch_writes_each_journeys_facts_row_once_and_leaves_it_as_the_live_consumers_do()
    {
        await CountWritesAsync();
        var (live, batched) = ($"live-{Guid.NewGuid():N}", $"batched-{Guid.NewGuid():N}");
        foreach (var contract in Stored(live).Concat(Arriving(live)))
        {
            await LiveAsync(contract);
        }

        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        await batch.ApplyAsync([.. Stored(batched).Select(Milestone)], 1, CancellationToken.None);
        Assert.Equal(1, await WritesAsync("journey_facts", batched));
        await batch.ApplyAsync([.. Arriving(batched).Select(Milestone)], 2, CancellationToken.None);
        Assert.Equal(2, await WritesAsync("journey_facts", batched));

        Assert.Equal(await RowAsync("journey_facts", live), await RowAsync("journey_facts", batched));
        Assert.Contains(
            "\"sector\": \"education\"",
            await RowAsync("journey_facts", batched),
            StringComparison.Ordinal
        );
    }

    /// <summary>
    /// The treatment figures likewise: one row version a journey a batch (the batch lock keeps live consumers out, so
    /// there is nothing to claim the row against first), the figures those of the live consumers.
    /// </summary>
    [Fact]
    public async Task A_batch_writes_each_journeys_treatment_row_once_with_the_live_figures()
    {
        await CountWritesAsync();
        var (live, batched) = ($"live-{Guid.NewGuid():N}", $"batched-{Guid.NewGuid():N}");
        foreach (var contract in WholeJourney.Contracts(live))
        {
            await LiveAsync(contract);
        }

        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        await batch.ApplyAsync([.. WholeJourney.Contracts(batched).Select(Milestone)], 1, CancellationToken.None);

        Assert.Equal(1, await WritesAsync("journey_treatment", batched));
        Assert.Equal(await RowAsync("journey_treatment", live), await RowAsync("journey_treatment", batched));
        Assert.Contains("\"attended\": 2", await RowAsync("journey_treatment", batched), StringComparison.Ordinal);
    }

    /// <summary>
    /// On a log whose journeys interleave, a journey's appointments and measures come in many batches: the import
    /// stores its treatment figures once, after its batches, not once a batch, and they are the live consumers'
    /// figures.
    /// </summary>
    [Fact]
    public async Task An_import_writes_each_journeys_treatment_row_once_however_many_batches_its_milestones_span()
    {
        await CountWritesAsync();
        var (live, imported) = ($"live-{Guid.NewGuid():N}", $"imported-{Guid.NewGuid():N}");
        foreach (var contract in WholeJourney.Contracts(live))
        {
            await LiveAsync(contract);
        }

        var after = await RebuildPosition.LoadAsync(insights.Host.Services.GetRequiredService<NpgsqlDataSource>());
        var lines = WholeJourney
            .Contracts(imported)
            .Select((contract, n) => MilestoneLine.Milestone(after + n + 1, Guid.NewGuid(), contract));
        var import = insights.Host.Services.GetRequiredService<MilestoneImport>();
        await import.RunAsync(new StringReader(string.Join('\n', lines)), batchSize: 1, default);

        Assert.Equal(1, await WritesAsync("journey_treatment", imported));
        Assert.Equal(await RowAsync("journey_treatment", live), await RowAsync("journey_treatment", imported));
        Assert.Contains("\"attended\": 2", await RowAsync("journey_treatment", imported), StringComparison.Ordinal);
    }

    /// <summary>
    /// The tail reads each journey's rows once: the refill of the sums stores the treatment figures of the journeys it
    /// sums (those the batches left without), and of a journey it does not sum (its referral not yet come), as the
    /// live consumers do.
    /// </summary>
    [Fact]
    public async Task The_sums_refill_stores_the_treatment_figures_the_batches_left()
    {
        var (live, batched) = ($"live-{Guid.NewGuid():N}", $"batched-{Guid.NewGuid():N}");
        var (liveUnreferred, unreferred) = ($"live-{Guid.NewGuid():N}", $"unreferred-{Guid.NewGuid():N}");
        foreach (var contract in WholeJourney.Contracts(live).Concat(WholeJourney.Contracts(liveUnreferred).Skip(1)))
        {
            await LiveAsync(contract);
        }

        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        var contracts = WholeJourney.Contracts(batched).Concat(WholeJourney.Contracts(unreferred).Skip(1));
        var rows = MilestoneBatch.Rows([.. contracts.Select(Milestone)], null);
        await batch.ApplyAsync(rows, 1, null, refreshTreatment: false, default);
        Assert.Equal("no row", await RowAsync("journey_treatment", batched));

        await batch.RefillCellsAsync(default);

        Assert.Equal(await RowAsync("journey_treatment", live), await RowAsync("journey_treatment", batched));
        Assert.Contains("\"attended\": 2", await RowAsync("journey_treatment", batched), StringComparison.Ordinal);
        Assert.Equal(
            await RowAsync("journey_treatment", liveUnreferred),
            await RowAsync("journey_treatment", unreferred)
        );
        Assert.NotEqual("no row", await RowAsync("journey_treatment", unreferred));
    }

    /// <summary>
    /// On a log whose journeys interleave, most journeys of a batch were stored by earlier batches: their rows are
    /// found by key, never by reading every stored journey (a scan a batch made the rebuild's cost grow with the square
    /// of the journeys), and they end as the live consumers leave them.
    /// </summary>
    [Fact]
    public async Task A_batch_finds_the_stored_journeys_it_updates_by_key_without_reading_the_others()
    {
        var keys = Enumerable.Range(0, 400).Select(_ => $"interleaved-{Guid.NewGuid():N}").ToList();
        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        await batch.ApplyAsync([.. keys.Select(k => Milestone(WholeJourney.Contracts(k).First()))], 1, default);

        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var scansBefore = await ScalarAsync<long>(connection, transaction, Scans, keys);
        var facts = new JourneyFactsMerge();
        foreach (var statement in keys.SelectMany(k => MilestoneEffects.Of(Screened(k))))
        {
            facts.Add(statement);
        }

        await facts.Rows(null).WriteAsync(connection, transaction, keyed: false, default);

        Assert.Equal(scansBefore, await ScalarAsync<long>(connection, transaction, Scans, keys));
        Assert.Equal(
            keys.Count,
            await ScalarAsync<long>(
                connection,
                transaction,
                "SELECT count(*) FROM insights.journey_facts WHERE journey_key = ANY($1) AND phq9_band = 'severe'",
                keys
            )
        );
    }

    /// <summary>
    /// A rebuild from an emptied store knows the journeys it has written (<see cref="WrittenKeys"/>): a journey it has
    /// not written goes in without first looking for a stored row, and one it has is updated without first trying an
    /// insert, so each row is looked up in the key's index at most once; the rows come out as the live consumers' do.
    /// </summary>
    [Fact]
    public async Task A_rebuild_batch_looks_each_journeys_facts_row_up_at_most_once()
    {
        var keys = Enumerable.Range(0, 400).Select(_ => $"looked-up-{Guid.NewGuid():N}").ToList();
        var written = new WrittenKeys();
        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var before = await ScalarAsync<long>(connection, transaction, Lookups, keys);
        await Merged(keys.Select(k => WholeJourney.Contracts(k).First()), written)
            .WriteAsync(connection, transaction, keyed: true, default);
        var inserted = await ScalarAsync<long>(connection, transaction, Lookups, keys);
        await Merged(keys.Select(Screened), written).WriteAsync(connection, transaction, keyed: true, default);
        var updated = await ScalarAsync<long>(connection, transaction, Lookups, keys);

        Assert.Equal((0L, (long)keys.Count), (inserted - before, updated - inserted));
        Assert.Equal(
            keys.Count,
            await ScalarAsync<long>(
                connection,
                transaction,
                "SELECT count(*) FROM insights.journey_facts WHERE journey_key = ANY($1) AND phq9_band = 'severe'"
                    + " AND sector = 'health'",
                keys
            )
        );
    }

    /// <summary>
    /// A batch that is rolled back (a deadlock with a live consumer, then tried again) leaves its keys among those the
    /// run has written, though none of its rows is stored: tried again, each row is found missing and inserted.
    /// </summary>
    [Fact]
    public async Task A_rebuild_batch_tried_again_after_a_rollback_stores_every_journey()
    {
        var keys = Enumerable.Range(0, 50).Select(_ => $"tried-again-{Guid.NewGuid():N}").ToList();
        var written = new WrittenKeys();
        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using (var lost = await connection.BeginTransactionAsync())
        {
            await Merged(keys.Select(Screened), written).WriteAsync(connection, lost, keyed: true, default);
            await lost.RollbackAsync();
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await Merged(keys.Select(Screened), written).WriteAsync(connection, transaction, keyed: true, default);

        Assert.Equal(
            keys.Count,
            await ScalarAsync<long>(
                connection,
                transaction,
                "SELECT count(*) FROM insights.journey_facts WHERE journey_key = ANY($1) AND phq9_band = 'severe'",
                keys
            )
        );
    }

    /// <summary>The journey facts' index lookups in this transaction (and any not yet reported).</summary>
    private const string Lookups =
        "SELECT idx_scan FROM pg_stat_xact_user_tables WHERE relid = 'insights.journey_facts'::regclass";

    private static JourneyFactsWrite Merged(IEnumerable<object> contracts, WrittenKeys written)
    {
        var facts = new JourneyFactsMerge();
        foreach (var statement in contracts.SelectMany(MilestoneEffects.Of).Where(s => s.Sql.Facts is not null))
        {
            facts.Add(statement);
        }

        return facts.Rows(written);
    }

    /// <summary>The scans of every row of the journey facts in this transaction (and any not yet reported).</summary>
    private const string Scans =
        "SELECT seq_scan FROM pg_stat_xact_user_tables WHERE relid = 'insights.journey_facts'::regclass";

    private static async Task<T> ScalarAsync<T>(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string sql,
        List<string> keys
    )
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        if (sql.Contains("$1", StringComparison.Ordinal))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray() });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static JourneyScreened Screened(string key) =>
        new(key, "east", 5, "2026-W12", "2026-03", "severe", true, "severe", true, "urgent");

    /// <summary>
    /// Milestones that reached the store first, out of stream order: the discharge, a later screening.
    /// </summary>
    private static IEnumerable<object> Stored(string key) =>
        [
            new JourneyDischarged(key, "east", 15, "2026-W19", "2026-05", "completed"),
            new JourneyScreened(key, "east", 5, "2026-W12", "2026-03", "severe", true, "severe", true, "urgent"),
        ];

    /// <summary>
    /// The whole journey, a re-screening after the first, and a re-referral that replaces the referral.
    /// </summary>
    private static IEnumerable<object> Arriving(string key) =>
        [
            .. WholeJourney.Contracts(key),
            new JourneyScreened(key, "east", 16, "2026-W20", "2026-05", "mild", false, "mild", false, "none"),
            new ReferralSubmitted(
                key,
                "east",
                17,
                "2026-W20",
                "2026-05",
                "education",
                "teaching",
                "45-54",
                "male",
                "white",
                "yes",
                true
            ),
        ];

    private static Milestone Milestone(object contract) => new(Guid.NewGuid(), contract);

    private async Task LiveAsync(object contract)
    {
        var before = await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages");
        await insights.Host.Services.GetRequiredService<IBus>().Publish(contract, contract.GetType());
        await Poll.UntilAsync(
            async () => await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages") > before,
            "the milestone applied"
        );
    }

    private async Task<string> RowAsync(string table, string key)
    {
        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT jsonb_pretty(to_jsonb(f) - 'journey_key') FROM insights.{table} f WHERE journey_key = $1",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return (string)(await command.ExecuteScalarAsync() ?? "no row");
    }

    private Task<long> WritesAsync(string table, string key) =>
        insights.Database.CountAsync(
            $"SELECT count(*) FROM public.row_writes WHERE row_table = '{table}' AND journey_key = '{key}'"
        );

    /// <summary>
    /// Every row version written to the journey facts and treatment figures, counted by triggers of this test's own.
    /// </summary>
    private async Task CountWritesAsync()
    {
        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            CREATE TABLE IF NOT EXISTS public.row_writes (row_table text NOT NULL, journey_key text NOT NULL);
            CREATE OR REPLACE FUNCTION public.count_row_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
                AS $$ BEGIN INSERT INTO public.row_writes VALUES (TG_TABLE_NAME, NEW.journey_key); RETURN NULL; END $$;
            CREATE OR REPLACE TRIGGER count_row_write AFTER INSERT OR UPDATE ON insights.journey_facts
                FOR EACH ROW EXECUTE FUNCTION public.count_row_write();
            CREATE OR REPLACE TRIGGER count_row_write AFTER INSERT OR UPDATE ON insights.journey_treatment
                FOR EACH ROW EXECUTE FUNCTION public.count_row_write();
            """,
            connection
        );
        await command.ExecuteNonQueryAsync();
    }
}
