using Npgsql;

namespace Hubs.Insights.Features.Referrals;

/// <summary>The referred journeys of some Hubs with their ISO week, read from the pseudonymous journey facts.</summary>
public sealed class WeeklyReferralCounts(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<WeeklyReferral>> ReadAsync(
        IReadOnlyCollection<string> hubIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(hubIds);
        await using var command = dataSource.CreateCommand(
            """
            SELECT hub_id, referral_week, journey_key
            FROM insights.journey_facts
            WHERE referral_week IS NOT NULL AND hub_id = ANY($1)
            """
        );
        command.Parameters.Add(new NpgsqlParameter { Value = hubIds.ToArray() });
        var referrals = new List<WeeklyReferral>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            referrals.Add(new WeeklyReferral(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return referrals;
    }
}

/// <summary>
/// One referral: its Hub, ISO week ("2026-W07") and pseudonymous journey key (for its record key only).
/// </summary>
public sealed record WeeklyReferral(string HubId, string IsoWeek, string JourneyKey);
