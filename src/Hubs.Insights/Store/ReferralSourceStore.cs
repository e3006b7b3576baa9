using Hubs.Contracts.Journeys;
using Hubs.Insights.Consumers;
using Hubs.Insights.Features.Tables;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>
/// <c>insights.referral_sources</c>: per pseudonymous journey, where its referral came from (the heard-from code and
/// the channel) with its Hub, referral month and sector, all category codes. Written with the referral's own facts,
/// as part of <c>ReferralSubmittedConsumer</c>'s effect; read by the referral-sources table.
/// </summary>
public sealed class ReferralSourceStore(NpgsqlDataSource dataSource) : IReferralSourceSource
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.referral_sources (
            journey_key text PRIMARY KEY,
            hub_id text NOT NULL,
            referral_month text NOT NULL,
            sector text NOT NULL,
            heard_from text NOT NULL,
            channel text NOT NULL
        );
        CREATE INDEX IF NOT EXISTS referral_sources_hub ON insights.referral_sources (hub_id, referral_month);
        """;

    private static readonly MessageRow<ReferralSubmitted> Source = MessageRow.Replaced<ReferralSubmitted>(
        "insights.referral_sources",
        keyLength: 1,
        ("journey_key", m => m.JourneyKey),
        ("hub_id", m => m.HubId),
        ("referral_month", m => m.Month),
        ("sector", m => m.Sector),
        ("heard_from", m => Known(ReferralSourceCodes.HeardFrom, m.HeardFrom, "other")),
        ("channel", m => Known(ReferralSourceCodes.Channels, m.Channel, ReferralSourceCodes.Online))
    );

    /// <summary>The referral's source row; only known codes are stored (anything else as "other").</summary>
    public static Statement Row(ReferralSubmitted message) => Source.Of(message);

    public async Task<IReadOnlyList<ReferralSourceFacts>> LoadAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(hubIds);
        await using var command = dataSource.CreateCommand(
            """
            SELECT journey_key, hub_id, referral_month, sector, heard_from, channel
            FROM insights.referral_sources WHERE hub_id = ANY($1)
            """
        );
        command.Parameters.Add(
            new NpgsqlParameter { Value = hubIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }
        );
        var facts = new List<ReferralSourceFacts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            facts.Add(
                new ReferralSourceFacts(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetString(5)
                )
            );
        }

        return facts;
    }

    private static string Known(IReadOnlyList<string> codes, string? code, string otherwise) =>
        code is not null && codes.Contains(code) ? code : otherwise;
}
