using Hubs.Contracts.Journeys;
using Hubs.Insights.Consumers;
using Hubs.Insights.Store;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// The rebuild works out a batch's rows (<see cref="MilestoneBatch.Rows"/>) while the batch before it is written, so
/// what it worked out may no longer hold when the batch's transaction begins: a live consumer may have applied one of
/// its messages, or the run's keys (<see cref="WrittenKeys"/>) may have been turned off by a row another writer
/// stored. Either way the batch applies what it would have applied had it worked its rows out in its transaction.
/// </summary>
public class RebuildRowsAheadTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task A_message_applied_live_after_its_batch_was_worked_out_is_left_to_the_live_consumer()
    {
        await ResetAsync();
        var keys = Enumerable.Range(0, 3).Select(_ => $"ahead-{Guid.NewGuid():N}").ToList();
        List<Milestone> milestones = [.. keys.Select(k => new Milestone(Guid.NewGuid(), Outcome(k, 5, "attended")))];
        var written = new WrittenKeys();
        var rows = MilestoneBatch.Rows(milestones, written);

        await insights
            .Host.Services.GetRequiredService<IBus>()
            .Publish((AppointmentOutcomeRecorded)milestones[1].Contract, c => c.MessageId = milestones[1].MessageId);
        await Poll.UntilAsync(async () => await OutcomesAsync(keys) == 1, "the live outcome applied");

        Assert.Equal(2, await Batch.ApplyAsync(rows, 10, written, refreshTreatment: false, default));
        Assert.Equal(3, await OutcomesAsync(keys));
    }

    [Fact]
    public async Task A_batch_worked_out_with_the_runs_keys_gives_a_row_stored_since_its_rule_once_they_are_off()
    {
        await ResetAsync();
        var key = $"ahead-{Guid.NewGuid():N}";
        var written = new WrittenKeys();
        var rows = MilestoneBatch.Rows([new Milestone(Guid.NewGuid(), Outcome(key, 7, "did-not-attend"))], written);

        // Another writer's row of the same key (a batch saved at position 0), found as the import finds one: the
        // keys are turned off before the batch is written.
        await Batch.ApplyAsync([new Milestone(Guid.NewGuid(), Outcome(key, 5, "attended"))], 0, default);
        written.Disable();

        Assert.Equal(1, await Batch.ApplyAsync(rows, 10, written, refreshTreatment: false, default));
        Assert.Equal(1, await OutcomesAsync([key], "did-not-attend"));
    }

    private MilestoneBatch Batch => insights.Host.Services.GetRequiredService<MilestoneBatch>();

    private static AppointmentOutcomeRecorded Outcome(string key, long version, string outcome) =>
        new(key, "north", version, "2026-W15", "2026-04", 1, "treatment", outcome, 30);

    private Task ResetAsync() =>
        InsightsSchema.ResetAsync(insights.Host.Services.GetRequiredService<NpgsqlDataSource>());

    /// <summary>The journeys' appointment rows (with that outcome, when given).</summary>
    private async Task<long> OutcomesAsync(List<string> keys, string outcome = "attended")
    {
        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM insights.journey_appointments WHERE journey_key = ANY($1) AND outcome = $2",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = outcome });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
