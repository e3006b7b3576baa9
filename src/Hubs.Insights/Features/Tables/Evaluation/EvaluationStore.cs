using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Features.Tables.Evaluation;

/// <summary>
/// Reads the evaluation tables of the caller's Hubs; the sector comes from the journey's referral facts.
/// </summary>
public sealed class EvaluationStore(NpgsqlDataSource dataSource) : IEvaluationSource
{
    public async Task<EvaluationCohort> LoadAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hubIds);
        var hubs = hubIds.ToArray();
        var experience = await ReadAsync(
            "SELECT journey_key, hub_id, month, occasion, overall, items_answered, positive_items "
                + "FROM insights.experience_responses WHERE hub_id = ANY($1) ORDER BY journey_key, occasion",
            hubs,
            r => new ExperienceFact(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetString(4),
                r.GetInt32(5),
                r.GetInt32(6)
            ),
            cancellationToken
        );
        var work = await ReadAsync(
            "SELECT journey_key, hub_id, occasion, month, sick_days, work_status, leaving "
                + "FROM insights.work_outcomes WHERE hub_id = ANY($1) ORDER BY journey_key, occasion",
            hubs,
            r =>
                (
                    Key: r.GetString(0),
                    Hub: r.GetString(1),
                    Occasion: r.GetString(2),
                    Month: r.GetString(3),
                    Fact: new WorkFact(r.GetInt32(4), r.GetString(5), r.GetString(6))
                ),
            cancellationToken
        );
        var themes = await ReadAsync(
            "SELECT t.journey_key, t.hub_id, t.month, f.sector, t.themes FROM insights.presenting_themes t "
                + "LEFT JOIN insights.journey_facts f ON f.journey_key = t.journey_key "
                + "WHERE t.hub_id = ANY($1) ORDER BY t.journey_key",
            hubs,
            r => new ThemesFact(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                ThemesTable.SectorOf(r.IsDBNull(3) ? null : r.GetString(3)),
                r.GetFieldValue<string[]>(4)
            ),
            cancellationToken
        );
        WorkPairFact[] pairs =
        [
            .. work.GroupBy(w => (w.Key, w.Hub))
                .Select(g =>
                {
                    var before = g.FirstOrDefault(w => w.Occasion == "assessment");
                    var after = g.FirstOrDefault(w => w.Occasion == "discharge");
                    return new WorkPairFact(
                        g.Key.Key,
                        g.Key.Hub,
                        after.Key is null ? null : after.Month,
                        before.Key is null ? null : before.Fact,
                        after.Key is null ? null : after.Fact
                    );
                }),
        ];
        return new EvaluationCohort(experience, pairs, themes);
    }

    private async Task<List<T>> ReadAsync<T>(
        string sql,
        string[] hubs,
        Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken
    )
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(
            new NpgsqlParameter { Value = hubs, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }
        );
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
