using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Features.GroupSupport;

/// <summary>
/// Reads the meetings of the given Hubs that are over (held or cancelled), each with its ratings counted: "found it
/// useful" is quite or very useful, "felt safe" is yes.
/// </summary>
public sealed class GroupSupportStore(NpgsqlDataSource dataSource) : IGroupSupportSource
{
    public async Task<IReadOnlyList<GroupMeetingFacts>> MeetingsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(hubIds);
        await using var command = dataSource.CreateCommand(
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
            """
        );
        command.Parameters.Add(
            new NpgsqlParameter { Value = hubIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }
        );
        var meetings = new List<GroupMeetingFacts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            meetings.Add(
                new GroupMeetingFacts(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetBoolean(5),
                    reader.GetInt32(6),
                    reader.GetInt32(7),
                    reader.GetInt32(8),
                    reader.GetInt32(9)
                )
            );
        }

        return meetings;
    }
}
