using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Features.Publishing;
using Npgsql;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// Seeded journeys are history, not news: the live subscriptions and the daemon's high-water mark start after them.
/// Otherwise the milestone publisher would replay millions of events to Insights at its live rate (the rebuild does
/// that, faster, on purpose) and the appointment-change subscription would schedule reminders to invented people.
/// Only for a benchmark database: an event written by a live host during seeding would be skipped too.
/// </summary>
internal static class SeededHistory
{
    /// <summary>
    /// Marten's daemon row for the highest sequence with no gaps below it. Left unset, the first host started on
    /// a seeded store looks for gaps from the first event: over 17 million events that query timed out, was retried
    /// every 30 seconds and held a core of PostgreSQL.
    /// </summary>
    private const string HighWaterMark = "HighWaterMark";

    public static async Task MarkPublishedAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO clinical.mt_event_progression (name, last_seq_id)
            SELECT shard, (SELECT coalesce(max(seq_id), 0) FROM clinical.mt_events) FROM unnest($1::text[]) AS s(shard)
            ON CONFLICT (name) DO UPDATE
                SET last_seq_id = GREATEST(clinical.mt_event_progression.last_seq_id, excluded.last_seq_id)
            """
        );
        command.Parameters.Add(
            new NpgsqlParameter
            {
                Value = new[]
                {
                    $"{MilestonePublishingSubscription.SubscriptionName}:All",
                    $"{AppointmentChangeSubscription.SubscriptionName}:All",
                    HighWaterMark,
                },
            }
        );
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
