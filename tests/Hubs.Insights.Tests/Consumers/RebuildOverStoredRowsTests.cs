using Hubs.Contracts.Journeys;
using Hubs.Contracts.Rebuild;
using Hubs.Insights.Consumers;
using Hubs.Insights.Rebuild;
using Hubs.Insights.Store;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Consumers;

/// <summary>
/// A rebuild from an emptied store writes the rows of keys it has not written with a plain insert
/// (<see cref="WrittenKeys"/>). A row it did not write (a live consumer's, or a batch's saved at position 0) still
/// gets its own rule: the later outcome of an appointment replaces the earlier one, as live consumers leave it.
/// </summary>
public class RebuildOverStoredRowsTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task A_row_a_live_consumer_wrote_during_the_rebuild_keeps_its_rule()
    {
        await ResetAsync();
        var key = $"live-{Guid.NewGuid():N}";
        await insights.Host.Services.GetRequiredService<IBus>().Publish(Outcome(key, 5, "attended"));
        await Poll.UntilAsync(async () => await OutcomeAsync(key) == "attended", "the live outcome applied");

        Assert.Equal(1, await ImportAsync(Outcome(key, 7, "did-not-attend")));
        Assert.Equal("did-not-attend", await OutcomeAsync(key));
    }

    [Fact]
    public async Task A_row_no_mark_or_position_explains_keeps_its_rule()
    {
        await ResetAsync();
        var key = $"stored-{Guid.NewGuid():N}";
        var batch = insights.Host.Services.GetRequiredService<MilestoneBatch>();
        await batch.ApplyAsync([new Milestone(Guid.NewGuid(), Outcome(key, 5, "attended"))], 0, default);

        Assert.Equal(1, await ImportAsync(Outcome(key, 7, "did-not-attend")));
        Assert.Equal("did-not-attend", await OutcomeAsync(key));
    }

    private static AppointmentOutcomeRecorded Outcome(string key, long version, string outcome) =>
        new(key, "north", version, "2026-W15", "2026-04", 1, "treatment", outcome, 30);

    private Task ResetAsync() =>
        InsightsSchema.ResetAsync(insights.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>());

    private Task<long> ImportAsync(object contract) =>
        insights
            .Host.Services.GetRequiredService<MilestoneImport>()
            .RunAsync(new StringReader(MilestoneLine.Milestone(10, Guid.NewGuid(), contract)), default);

    private async Task<string?> OutcomeAsync(string key)
    {
        await using var connection = new Npgsql.NpgsqlConnection(insights.Database.Admin);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT outcome FROM insights.journey_appointments WHERE journey_key = $1",
            connection
        );
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = key });
        return (string?)await command.ExecuteScalarAsync();
    }
}
