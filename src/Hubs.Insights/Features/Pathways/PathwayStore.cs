using Hubs.Insights.Metrics;
using Hubs.Insights.Store;
using Npgsql;

namespace Hubs.Insights.Features.Pathways;

/// <summary>
/// Reads the allocations (with the equity groups of their journey's referral) and the booked appointments (with their
/// outcome, once recorded) of the given Hubs.
/// </summary>
public sealed class PathwayStore(NpgsqlDataSource dataSource) : IPathwaySource
{
    public Task<IReadOnlyList<AllocationFacts>> AllocationsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        HubRows.ReadAsync(
            dataSource,
            """
            SELECT a.journey_key, a.hub_id, a.month, a.wishes, f.sector, f.staff_group, f.ethnicity_group, f.sex,
                f.age_band, f.disability
            FROM insights.allocations a LEFT JOIN insights.journey_facts f ON f.journey_key = a.journey_key
            WHERE a.hub_id = ANY($1)
            ORDER BY a.journey_key
            """,
            hubIds,
            r => new AllocationFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                new JourneyFacts(r.GetString(0), r.GetString(1), r.GetString(2))
                {
                    Sector = Text(r, 4),
                    StaffGroup = Text(r, 5),
                    Equity = new EquityGroups(Text(r, 6), Text(r, 7), Text(r, 8), Text(r, 9)),
                }
            ),
            cancellationToken
        );

    public Task<IReadOnlyList<ScheduledFacts>> AppointmentsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        HubRows.ReadAsync(
            dataSource,
            """
            SELECT t.journey_key || ':' || t.appointment_number, t.hub_id, t.month, t.purpose, t.out_of_hours,
                o.outcome
            FROM insights.appointment_times t
            LEFT JOIN insights.journey_appointments o
                ON o.journey_key = t.journey_key AND o.appointment_number = t.appointment_number
            WHERE t.hub_id = ANY($1)
            ORDER BY t.journey_key, t.appointment_number
            """,
            hubIds,
            r => new ScheduledFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetBoolean(4),
                Text(r, 5)
            ),
            cancellationToken
        );

    private static string? Text(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetString(column);
}
