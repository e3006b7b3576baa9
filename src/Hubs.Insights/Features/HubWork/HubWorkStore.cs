using Hubs.Insights.Store;
using Npgsql;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// Reads the Hub work of the given Hubs from its step rows: each adverse event with its latest first contact, its
/// distinct check-ins and its hand-overs counted; each workshop held with its steps counted; each consultation with
/// whether a team session followed; each outreach contact.
/// </summary>
public sealed class HubWorkStore(NpgsqlDataSource dataSource) : IHubWorkSource
{
    public Task<IReadOnlyList<AdverseEventFacts>> AdverseEventsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        HubRows.ReadAsync(
            dataSource,
            """
            SELECT event_key, min(hub_id), min(month), min(staff_involved),
                (array_agg(response_band ORDER BY stream_version DESC) FILTER (WHERE step = 'first-contact'))[1],
                (array_agg(within_target ORDER BY stream_version DESC) FILTER (WHERE step = 'first-contact'))[1],
                count(DISTINCT day_mark) FILTER (WHERE step = 'follow-up')::int,
                count(*) FILTER (WHERE step = 'hand-over-offered')::int,
                min(sector)
            FROM insights.adverse_event_steps
            WHERE hub_id = ANY($1)
            GROUP BY event_key
            ORDER BY event_key
            """,
            hubIds,
            r => new AdverseEventFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetBoolean(5),
                r.GetInt32(6),
                r.GetInt32(7),
                r.IsDBNull(8) ? null : r.GetString(8)
            ),
            cancellationToken
        );

    public Task<IReadOnlyList<WorkshopFacts>> WorkshopsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        HubRows.ReadAsync(
            dataSource,
            """
            SELECT workshop_key, min(hub_id), min(month),
                coalesce((array_agg(booked ORDER BY stream_version DESC) FILTER (WHERE step = 'held'))[1], 0),
                coalesce((array_agg(attended ORDER BY stream_version DESC) FILTER (WHERE step = 'held'))[1], 0),
                count(*) FILTER (WHERE step = 'coaching-call-held')::int,
                count(*) FILTER (WHERE step = 'measure-paired')::int,
                count(*) FILTER (WHERE step = 'measure-paired' AND change = 'better')::int,
                count(*) FILTER (WHERE step = 'measure-paired' AND change = 'worse')::int
            FROM insights.workshop_steps
            WHERE hub_id = ANY($1)
            GROUP BY workshop_key
            HAVING bool_or(step = 'held')
            ORDER BY workshop_key
            """,
            hubIds,
            r => new WorkshopFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetInt32(3),
                r.GetInt32(4),
                r.GetInt32(5),
                r.GetInt32(6),
                r.GetInt32(7),
                r.GetInt32(8)
            ),
            cancellationToken
        );

    public Task<IReadOnlyList<ConsultationFacts>> ConsultationsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        HubRows.ReadAsync(
            dataSource,
            """
            SELECT consultation_key, min(hub_id), min(month), min(advice_area), min(about) = 'team',
                min(organisation_type), min(sector), bool_or(step = 'team-session-followed')
            FROM insights.consultation_steps
            WHERE hub_id = ANY($1)
            GROUP BY consultation_key
            ORDER BY consultation_key
            """,
            hubIds,
            r => new ConsultationFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetBoolean(4),
                r.GetString(5),
                r.GetString(6),
                r.GetBoolean(7)
            ),
            cancellationToken
        );

    public Task<IReadOnlyList<OutreachFacts>> OutreachAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        HubRows.ReadAsync(
            dataSource,
            """
            SELECT DISTINCT ON (outreach_key) outreach_key, hub_id, month, kind, organisation_type, sector, attendees
            FROM insights.outreach
            WHERE hub_id = ANY($1)
            ORDER BY outreach_key, stream_version DESC
            """,
            hubIds,
            r => new OutreachFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                r.GetString(5),
                r.GetInt32(6)
            ),
            cancellationToken
        );
}
