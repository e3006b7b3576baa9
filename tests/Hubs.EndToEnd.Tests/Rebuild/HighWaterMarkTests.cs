using Hubs.Insights.Rebuild;
using Hubs.Insights.Store;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.EndToEnd.Tests.Rebuild;

/// <summary>
/// An event appended before another but committed after it, while the rebuild reads the log: the rebuild must not
/// claim the later event's position, or the earlier event's live message (its sequence at or below that position)
/// would be taken as applied by a rebuild that never saw it. Its own system: the two events it appends change the
/// figures.
/// </summary>
public class HighWaterMarkTests(LiveFiguresFixture system) : IClassFixture<LiveFiguresFixture>
{
    /// <summary>
    /// The last treatment session of a journey other than $1's again, as its stream's next event: its sequence and
    /// stream (two journeys, so that neither append waits for the other's stream row).
    /// </summary>
    private const string SessionAgain = """
        WITH source AS (
            SELECT * FROM clinical.mt_events
            WHERE type = 'treatment_session_recorded' AND stream_id IS DISTINCT FROM $1
            ORDER BY seq_id DESC LIMIT 1),
        bumped AS (
            UPDATE clinical.mt_streams s SET version = s.version + 1 FROM source WHERE s.id = source.stream_id
            RETURNING s.version)
        INSERT INTO clinical.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id,
            mt_dotnet_type, correlation_id, causation_id, is_archived)
        SELECT nextval('clinical.mt_events_sequence'), gen_random_uuid(), source.stream_id, bumped.version,
            source.data, source.type, now(), source.tenant_id, source.mt_dotnet_type, source.correlation_id,
            source.causation_id, false
        FROM source, bumped
        RETURNING seq_id, stream_id
        """;

    [Fact]
    public async Task An_event_committed_after_a_later_one_while_the_rebuild_reads_the_log_reaches_Insights_live()
    {
        await InsightsSchema.ResetAsync(InsightsData);
        using var consumed = new ConsumedMessages(system.Insights.Services.GetRequiredService<IBus>());
        await using var slow = new NpgsqlConnection(system.Database.Admin);
        await slow.OpenAsync();
        await using var appending = await slow.BeginTransactionAsync();
        var (early, journey) = await SessionAgainAsync(slow, appending, otherThan: null);
        await using (var fast = new NpgsqlConnection(system.Database.Admin))
        {
            await fast.OpenAsync();
            Assert.True((await SessionAgainAsync(fast, null, otherThan: journey)).Sequence > early);
        }

        // The rebuild runs while the earlier event is still uncommitted, then it commits.
        await Import.RunAsync(new StringReader(await system.ExportAsync(0)), CancellationToken.None);
        await appending.CommitAsync();
        await Poll.UntilAsync(
            () => consumed.Count >= 2,
            "both events' milestones are consumed live",
            TimeSpan.FromMinutes(2)
        );
        var figures = await PublishedFigures.ReadAsync(system);

        // What the whole log gives now: the two sessions count, and exactly so in the figures above.
        await InsightsSchema.ResetAsync(InsightsData);
        await Import.RunAsync(new StringReader(await system.ExportAsync(0)), CancellationToken.None);
        var rebuilt = await PublishedFigures.ReadAsync(system);
        Assert.NotEqual(system.Live, rebuilt);
        Assert.Equal(rebuilt, figures);
    }

    private MilestoneImport Import => system.Insights.Services.GetRequiredService<MilestoneImport>();

    private NpgsqlDataSource InsightsData => system.Insights.Services.GetRequiredService<NpgsqlDataSource>();

    private static async Task<(long Sequence, Guid Stream)> SessionAgainAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        Guid? otherThan
    )
    {
        await using var append = new NpgsqlCommand(SessionAgain, connection, transaction);
        append.Parameters.Add(
            new NpgsqlParameter { Value = (object?)otherThan ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid }
        );
        await using var reader = await append.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetGuid(1));
    }
}
