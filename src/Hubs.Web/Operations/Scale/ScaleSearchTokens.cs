using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.Searching;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Web.Operations.Scale;

/// <summary>One journey's row of the staff-search index, ready to copy.</summary>
internal sealed record ScaleSearchRow(Guid JourneyId, string HubId, long[] Tokens);

/// <summary>
/// The staff-search index rows of a batch's new journeys (<see cref="SearchTokens"/> under each Hub's search key, as
/// the referral's own write makes them), copied with the batch so a seeded data set can be searched at once.
/// </summary>
internal static class ScaleSearchTokens
{
    public static List<ScaleSearchRow> Prepare(
        IEnumerable<ScaleStream> streams,
        IReadOnlyDictionary<string, byte[]> keys
    )
    {
        ArgumentNullException.ThrowIfNull(keys);
        return
        [
            .. streams
                .Select(s => s.Events[0])
                .OfType<SelfReferralSubmitted>()
                .Where(r => r.Person.Value is not null)
                .Select(r => new ScaleSearchRow(
                    r.JourneyId,
                    r.HubId,
                    SearchTokens.Of(keys[r.HubId], r.HubId, r.Person.Value!)
                )),
        ];
    }

    public static async Task CopyAsync(
        NpgsqlConnection connection,
        IReadOnlyList<ScaleSearchRow> rows,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {SearchTokenTable.Name} (journey_id, hub_id, tokens) FROM STDIN BINARY",
            cancellationToken
        );
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(row.JourneyId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(row.HubId, NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(row.Tokens, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }
}
