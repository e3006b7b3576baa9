using Hubs.Contracts.Journeys;
using Hubs.Insights.Store;
using MassTransit;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>Records the referral's coarse facts for its pseudonymous journey, once per message.</summary>
public sealed class ReferralSubmittedConsumer(ApplyOnce applyOnce) : IConsumer<ReferralSubmitted>
{
    private const string Upsert = """
        INSERT INTO insights.journey_facts
            (journey_key, hub_id, referral_week, referral_month, sector, staff_group, age_band, sex,
            ethnicity_group, disability, is_re_referral)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT (journey_key) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, referral_week = EXCLUDED.referral_week, referral_month = EXCLUDED.referral_month,
            sector = EXCLUDED.sector, staff_group = EXCLUDED.staff_group, age_band = EXCLUDED.age_band,
            sex = EXCLUDED.sex, ethnicity_group = EXCLUDED.ethnicity_group, disability = EXCLUDED.disability,
            is_re_referral = EXCLUDED.is_re_referral
        """;

    public Task Consume(ConsumeContext<ReferralSubmitted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("Journey milestones must carry a message id.");
        return applyOnce.RunAsync(
            messageId,
            async (connection, transaction, cancellationToken) =>
            {
                await using var command = new NpgsqlCommand(Upsert, connection, transaction);
                command.Parameters.AddWithValue(message.JourneyKey);
                command.Parameters.AddWithValue(message.HubId);
                command.Parameters.AddWithValue(message.IsoWeek);
                command.Parameters.AddWithValue(message.Month);
                command.Parameters.AddWithValue(message.Sector);
                command.Parameters.AddWithValue(message.StaffGroup);
                command.Parameters.AddWithValue(message.AgeBand);
                command.Parameters.AddWithValue(message.Sex);
                command.Parameters.AddWithValue(message.EthnicityGroup);
                command.Parameters.AddWithValue(message.Disability);
                command.Parameters.AddWithValue(message.IsReReferral);
                await command.ExecuteNonQueryAsync(cancellationToken);
                await ReferralSourceStore.RecordAsync(connection, transaction, message, cancellationToken);
            },
            context.CancellationToken
        );
    }
}
