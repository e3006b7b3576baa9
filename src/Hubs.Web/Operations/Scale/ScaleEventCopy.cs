using JasperFx;
using JasperFx.Events;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// Writes a batch's new streams into Marten's <c>mt_streams</c> and <c>mt_events</c> with binary COPY, column for
/// column as Marten's own append writes them (sequence numbers drawn from <c>mt_events_sequence</c> in stream order,
/// versions 1..n, the event type alias and .NET type, the default tenant; no correlation or causation id, as a
/// seeding session has none). Each event's timestamp is when it happened in its story (<see cref="ScaleEventTime"/>)
/// and each stream's times are its first and last event's, as appends made at those moments would have left them;
/// <see cref="ScaleLogOrder"/> puts the whole log in that time order once every batch is in. Events are built through
/// Marten's event graph, so their names are the store's own, and serialized by the store's serializer (sealing personal
/// data) before the transaction opens.
/// </summary>
internal sealed class ScaleEventCopy(DocumentStore store)
{
    private const string StreamsCopy =
        "COPY clinical.mt_streams (id, type, version, timestamp, created, tenant_id, is_archived) FROM STDIN BINARY";

    private const string EventsCopy =
        "COPY clinical.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, "
        + "is_archived) FROM STDIN BINARY";

    private readonly ISerializer serializer = store.Options.Serializer();

    /// <summary>The streams as Marten's events with their versions, each event's JSON beside it.</summary>
    public (IReadOnlyList<StreamAction> Streams, IReadOnlyList<string> Json) Prepare(
        IReadOnlyList<ScaleStream> streams,
        DateTimeOffset now
    )
    {
        var actions = new List<StreamAction>(streams.Count);
        var json = new List<string>(streams.Count * 20);
        foreach (var stream in streams)
        {
            var action = StreamAction.Start(store.Events, stream.Id, [.. stream.Events]);
            action.AggregateType = stream.AggregateType;
            action.Version = action.Events.Count;
            var times = ScaleEventTime.Of(stream.Events, now);
            for (var v = 0; v < action.Events.Count; v++)
            {
                var e = action.Events[v];
                e.Version = v + 1;
                e.StreamId = action.Id;
                e.Timestamp = times[v];
                e.TenantId = StorageConstants.DefaultTenantId;
                json.Add(serializer.ToJson(e.Data));
            }

            actions.Add(action);
        }

        return (actions, json);
    }

    public async Task CopyAsync(
        NpgsqlConnection connection,
        IReadOnlyList<StreamAction> actions,
        IReadOnlyList<string> json,
        CancellationToken cancellationToken
    )
    {
        var sequence = await NextSequenceAsync(connection, json.Count, cancellationToken);
        await using (var streams = await connection.BeginBinaryImportAsync(StreamsCopy, cancellationToken))
        {
            foreach (var action in actions)
            {
                await streams.StartRowAsync(cancellationToken);
                await streams.WriteAsync(action.Id, NpgsqlDbType.Uuid, cancellationToken);
                var alias = store.Events.AggregateAliasFor(action.AggregateType!);
                await streams.WriteAsync(alias, NpgsqlDbType.Varchar, cancellationToken);
                await streams.WriteAsync(action.Version, NpgsqlDbType.Bigint, cancellationToken);
                await streams.WriteAsync(action.Events[^1].Timestamp, NpgsqlDbType.TimestampTz, cancellationToken);
                await streams.WriteAsync(action.Events[0].Timestamp, NpgsqlDbType.TimestampTz, cancellationToken);
                await streams.WriteAsync(StorageConstants.DefaultTenantId, NpgsqlDbType.Varchar, cancellationToken);
                await streams.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            }

            await streams.CompleteAsync(cancellationToken);
        }

        await using var events = await connection.BeginBinaryImportAsync(EventsCopy, cancellationToken);
        var n = 0;
        foreach (var e in actions.SelectMany(a => a.Events))
        {
            e.Sequence = sequence[n];
            await events.StartRowAsync(cancellationToken);
            await events.WriteAsync(e.Sequence, NpgsqlDbType.Bigint, cancellationToken);
            await events.WriteAsync(e.Id, NpgsqlDbType.Uuid, cancellationToken);
            await events.WriteAsync(e.StreamId, NpgsqlDbType.Uuid, cancellationToken);
            await events.WriteAsync(e.Version, NpgsqlDbType.Bigint, cancellationToken);
            await events.WriteAsync(json[n++], NpgsqlDbType.Jsonb, cancellationToken);
            await events.WriteAsync(e.EventTypeName, NpgsqlDbType.Varchar, cancellationToken);
            await events.WriteAsync(e.Timestamp, NpgsqlDbType.TimestampTz, cancellationToken);
            await events.WriteAsync(e.TenantId, NpgsqlDbType.Varchar, cancellationToken);
            await events.WriteAsync(e.DotNetTypeName, NpgsqlDbType.Varchar, cancellationToken);
            await events.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
        }

        await events.CompleteAsync(cancellationToken);
    }

    /// <summary>The next <paramref name="count"/> numbers of the store's event sequence, in order.</summary>
    private static async Task<long[]> NextSequenceAsync(NpgsqlConnection connection, int count, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(
            "SELECT array_agg(nextval('clinical.mt_events_sequence')) FROM generate_series(1, $1)",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var numbers = (long[])(await command.ExecuteScalarAsync(token))!;
        Array.Sort(numbers);
        return numbers;
    }
}
