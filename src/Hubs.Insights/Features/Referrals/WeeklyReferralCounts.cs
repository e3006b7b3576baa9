using Npgsql;

namespace Hubs.Insights.Features.Referrals;

/// <summary>Referrals per ISO week and Hub, read from the pseudonymous journey facts.</summary>
public sealed class WeeklyReferralCounts(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<(string HubId, string IsoWeek, long Referrals)>> ReadAsync(IReadOnlyCollection<string> hubIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hubIds);
        await using var command = dataSource.CreateCommand("""
            SELECT hub_id, referral_week, count(*)
            FROM insights.journey_facts
            WHERE referral_week IS NOT NULL AND hub_id = ANY($1)
            GROUP BY hub_id, referral_week
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = hubIds.ToArray() });
        var counts = new List<(string, string, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return counts;
    }
}
