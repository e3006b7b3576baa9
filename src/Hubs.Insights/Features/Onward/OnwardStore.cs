using Npgsql;

namespace Hubs.Insights.Features.Onward;

/// <summary>
/// Reads onward referrals and care steps of the given Hubs. A referral whose own milestone has not arrived yet (only
/// its outcome has) is left out until it does.
/// </summary>
public sealed class OnwardStore(NpgsqlDataSource dataSource) : IOnwardSource
{
    public Task<IReadOnlyList<OnwardReferralFacts>> ReferralsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        ReadAsync(
            """
            SELECT journey_key || ':' || referral_number, hub_id, month, kind, destination_kind, outcome
            FROM insights.onward_referrals
            WHERE hub_id = ANY($1) AND kind IS NOT NULL
            ORDER BY journey_key, referral_number
            """,
            hubIds,
            r => new OnwardReferralFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5)
            ),
            cancellationToken
        );

    public Task<IReadOnlyList<CareStepFacts>> StepsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        ReadAsync(
            """
            SELECT journey_key || ':' || stream_version, hub_id, month, from_intervention, to_intervention, direction
            FROM insights.care_steps
            WHERE hub_id = ANY($1)
            ORDER BY journey_key, stream_version
            """,
            hubIds,
            r => new CareStepFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                r.GetString(5)
            ),
            cancellationToken
        );

    private Task<IReadOnlyList<T>> ReadAsync<T>(
        string sql,
        IReadOnlySet<string> hubIds,
        Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken
    ) => Store.HubRows.ReadAsync(dataSource, sql, hubIds, read, cancellationToken);
}
