using Hubs.Insights.Store;
using Npgsql;

namespace Hubs.Insights.Features.GroupSupport;

/// <summary>
/// Reads the meetings of the given Hubs that are over (held or cancelled), each with its ratings counted: "found it
/// useful" is quite or very useful, "felt safe" is yes.
/// </summary>
public sealed class GroupSupportStore(NpgsqlDataSource dataSource) : IGroupSupportSource
{
    public Task<IReadOnlyList<GroupMeetingFacts>> MeetingsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        HubRows.ReadAsync(
            dataSource,
            """
            SELECT g.meeting_key, g.hub_id, g.month, g.kind, g.sector, g.status = 'held',
                coalesce(g.attendance_count, 0),
                count(r.meeting_key)::int,
                count(r.meeting_key) FILTER (WHERE r.useful IN ('quite', 'very'))::int,
                count(r.meeting_key) FILTER (WHERE r.felt_safe = 'yes')::int
            FROM insights.group_meetings g
            LEFT JOIN insights.group_meeting_ratings r ON r.meeting_key = g.meeting_key
            WHERE g.hub_id = ANY($1) AND g.status IN ('held', 'cancelled')
            GROUP BY g.meeting_key
            ORDER BY g.meeting_key
            """,
            hubIds,
            r => new GroupMeetingFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                r.GetBoolean(5),
                r.GetInt32(6),
                r.GetInt32(7),
                r.GetInt32(8),
                r.GetInt32(9)
            ),
            cancellationToken
        );
}
