using Hubs.Contracts.Journeys;
using Hubs.Insights.Consumers;
using Hubs.Insights.Store;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// A rebuild batch sends its statements together, in one round trip. When one of them fails (a plain insert meeting
/// a key another writer stored), the batch leaves nothing behind, not the rows of the statements before it nor its
/// position, and the import can tell the failure for what it is and apply the batch again, every row by its rule.
/// </summary>
public class RebuildBatchSentTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task A_statement_of_a_sent_batch_failing_leaves_no_row_of_the_batch_and_it_goes_again_by_the_rules()
    {
        await ResetAsync();
        var (fresh, stored) = ($"sent-{Guid.NewGuid():N}", $"sent-{Guid.NewGuid():N}");
        var written = new WrittenKeys();
        List<Milestone> milestones =
        [
            new(Guid.NewGuid(), Screened(fresh)),
            new(Guid.NewGuid(), Outcome(fresh, 6, "attended")),
            new(Guid.NewGuid(), Outcome(stored, 7, "did-not-attend")),
        ];
        var rows = MilestoneBatch.Rows(milestones, written);
        // Another writer's row of one of the keys, stored after the rows were worked out (saved at position 0).
        await Batch.ApplyAsync([new Milestone(Guid.NewGuid(), Outcome(stored, 5, "attended"))], 0, default);

        var failed = await Assert.ThrowsAsync<PostgresException>(() =>
            Batch.ApplyAsync(rows, 10, written, refreshTreatment: false, default)
        );

        Assert.Equal(PostgresErrorCodes.UniqueViolation, failed.SqlState);
        Assert.Equal(0, await CountAsync("insights.journey_facts", fresh));
        Assert.Equal(0, await CountAsync("insights.journey_appointments", fresh));
        Assert.Equal(0, await RebuildPosition.LoadAsync(DataSource));

        written.Disable();
        Assert.Equal(3, await Batch.ApplyAsync(rows, 10, written, refreshTreatment: false, default));
        Assert.Equal(1, await CountAsync("insights.journey_facts", fresh));
        Assert.Equal(1, await CountAsync("insights.journey_appointments", fresh));
        Assert.Equal(1, await CountAsync("insights.journey_appointments", stored, "did-not-attend"));
        Assert.Equal(10, await RebuildPosition.LoadAsync(DataSource));
    }

    private MilestoneBatch Batch => insights.Host.Services.GetRequiredService<MilestoneBatch>();

    private NpgsqlDataSource DataSource => insights.Host.Services.GetRequiredService<NpgsqlDataSource>();

    private static JourneyScreened Screened(string key) =>
        new(key, "north", 3, "2026-W12", "2026-03", "severe", true, "severe", true, "urgent");

    private static AppointmentOutcomeRecorded Outcome(string key, long version, string outcome) =>
        new(key, "north", version, "2026-W15", "2026-04", 1, "treatment", outcome, 30);

    private Task ResetAsync() => InsightsSchema.ResetAsync(DataSource);

    /// <summary>The journey's rows of the table (with that outcome, when given).</summary>
    private async Task<long> CountAsync(string table, string key, string? outcome = null)
    {
        await using var connection = new NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT count(*) FROM {table} WHERE journey_key = $1" + (outcome is null ? "" : " AND outcome = $2"),
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        if (outcome is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = outcome });
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }
}
