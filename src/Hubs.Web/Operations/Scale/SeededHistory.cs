using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Features.Publishing;
using Npgsql;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// Seeded journeys are history, not news: the live subscriptions start after them. Otherwise the milestone
/// publisher would replay millions of events to Insights at its live rate (the rebuild does that, faster, on
/// purpose) and the appointment-change subscription would schedule reminders to invented people.
/// Only for a benchmark database: an event written by a live host during seeding would be skipped too.
/// </summary>
internal static class SeededHistory
{
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
                },
            }
        );
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
