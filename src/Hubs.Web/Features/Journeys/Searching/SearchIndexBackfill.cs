using System.Diagnostics;
using System.Globalization;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Marten;
using Npgsql;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// <c>migrate</c>'s step for journeys referred before the index existed (or seeded without it): in batches, in order
/// of journey id, each journey without a row is unsealed and its row written, so a run cut off resumes where it
/// stopped. A shredded journey has nothing to index and gets no row. Each batch's insert locks the data keys it read
/// with, so an erasure running meanwhile either comes first (the journey is skipped) or waits, then deletes the row.
/// </summary>
public static class SearchIndexBackfill
{
    private const int Batch = 1000;

    public static async Task<(int Written, TimeSpan Took)> RunAsync(
        IDocumentStore store,
        NpgsqlDataSource dataSource,
        KeyworkerKeys keys,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(store);
        var clock = Stopwatch.StartNew();
        var hubKeys = new Dictionary<string, byte[]>();
        var (after, written) = (Guid.Empty, 0);
        while (true)
        {
            await using var session = store.QuerySession();
            var ids = await session.QueryAsync<Guid>(
                $"SELECT s.id FROM {store.Options.DatabaseSchemaName}.mt_doc_journeysummary s WHERE s.id > ? "
                    + $"AND NOT EXISTS (SELECT 1 FROM {SearchTokenTable.Name} t WHERE t.journey_id = s.id) "
                    + "ORDER BY s.id LIMIT ?",
                cancellationToken,
                after,
                Batch
            );
            if (ids.Count == 0)
            {
                break;
            }

            after = ids[^1];
            var summaries = await session.LoadManyAsync<JourneySummary>(cancellationToken, ids);
            await keys.WarmAsync(summaries.Select(s => s.SealedWith), cancellationToken);
            var rows = new List<(Guid Journey, string Hub, Guid Owner, string Tokens)>(ids.Count);
            foreach (var referral in await JourneyReferrals.ReadAsync(session, ids, cancellationToken))
            {
                if (referral.Person.Value is { } person)
                {
                    if (!hubKeys.TryGetValue(referral.HubId, out var key))
                    {
                        hubKeys[referral.HubId] = key = await SearchKey.ForHubAsync(
                            keys,
                            referral.HubId,
                            cancellationToken
                        );
                    }

                    var tokens = SearchTokens.Of(key, referral.HubId, person);
                    rows.Add((referral.JourneyId, referral.HubId, referral.Person.OwnerId, ArrayText(tokens)));
                }
            }

            written += await InsertAsync(dataSource, rows, cancellationToken);
            keys.Forget(summaries.Select(s => s.SealedWith));
        }

        if (written > 0)
        {
            await using var analyse = dataSource.CreateCommand($"ANALYZE {SearchTokenTable.Name}");
            await analyse.ExecuteNonQueryAsync(cancellationToken);
        }

        return (written, clock.Elapsed);
    }

    private static async Task<int> InsertAsync(
        NpgsqlDataSource dataSource,
        List<(Guid Journey, string Hub, Guid Owner, string Tokens)> rows,
        CancellationToken cancellationToken
    )
    {
        await using var insert = dataSource.CreateCommand(
            $"""
            WITH live AS (SELECT keyworker_id FROM clinical.keyworker_keys WHERE keyworker_id = ANY($3) FOR KEY SHARE)
            INSERT INTO {SearchTokenTable.Name} (journey_id, hub_id, tokens)
            SELECT r.j, r.h, r.t::bigint[] FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[]) AS r(j, h, o, t)
            WHERE r.o IN (SELECT keyworker_id FROM live)
            ON CONFLICT (journey_id) DO NOTHING
            """
        );
        insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Journey).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Hub).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Owner).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Tokens).ToArray() });
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string ArrayText(long[] tokens) =>
        "{" + string.Join(',', tokens.Select(t => t.ToString(CultureInfo.InvariantCulture))) + "}";
}
