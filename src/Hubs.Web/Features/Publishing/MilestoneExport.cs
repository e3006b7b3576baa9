using System.Buffers;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Hubs.Contracts.Rebuild;
using Hubs.Web.Features.Privacy;
using JasperFx;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Npgsql;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The rebuild's Web half: every journey event after a position that may have a contract (<see cref="MappedEvents"/>),
/// read from the event log in large pages by sequence number as rows (no Marten query, no other event deserialised,
/// each one's JSON read by <see cref="MappedEventReader"/>), mapped to its contract exactly as the live publisher
/// maps it (<see cref="MilestonePublisher.MilestoneOf"/>) and written as milestone lines (<see cref="MilestoneLine"/>)
/// for Insights to apply in bulk, each page ending with its last sequence number. Only contracts leave: Insights'
/// import reads nothing else. The next page is read while this one is written; events after the daemon's high-water
/// mark when the export started are left to the live pipeline (their messages come after the rebuild's position).
/// </summary>
public sealed class MilestoneExport(
    IDocumentStore store,
    NpgsqlDataSource dataSource,
    MilestonePublisher publisher,
    MappedEventReader eventReader
)
{
    public const int PageSize = 5000;

    /// <summary>
    /// A page of the events that may have a contract (<see cref="MappedEvents"/>), the columns Marten's own event
    /// query reads for them; archived events are left out, as Marten's queries leave them out.
    /// </summary>
    private const string PageSql = """
        SELECT seq_id, id, stream_id, version, type, data FROM clinical.mt_events
        WHERE seq_id > $1 AND seq_id <= $2 AND type = ANY($3) AND is_archived = false
        ORDER BY seq_id LIMIT $4
        """;

    /// <summary>
    /// The journeys of the pages read, kept for the pages after until their last event (<see
    /// cref="JourneyMappingCache"/>): up to 150,000 journeys' mappings, a few hundred bytes each.
    /// </summary>
    private readonly JourneyMappingCache _journeys = new(150_000);

    private readonly Dictionary<string, Mapped> _mappings = MappedEvents
        .All.Select(type => ((DocumentStore)store).Events.EventMappingFor(type))
        .ToDictionary(m => m.EventTypeName, m => new Mapped(m.DocumentType, Wrapper(m)), StringComparer.Ordinal);

    /// <returns>The events read: those of the types that may have a contract.</returns>
    public async Task<long> RunAsync(
        long after,
        Stream output,
        IProgress<RepublishProgress>? progress,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(output);
        var last = await LastAsync(after, cancellationToken);
        var clock = Stopwatch.StartNew();
        long done = 0;
        var lines = new ArrayBufferWriter<byte>(1 << 21);
        var reading = ReadPageAsync(after, last, cancellationToken);
        while (await reading is { Events.Count: > 0 } page)
        {
            reading = ReadPageAsync(page.Events[^1].Sequence, last, cancellationToken);
            lines.ResetWrittenCount();
            foreach (var recorded in page.Events)
            {
                if (publisher.MilestoneOf(recorded, page.Context) is { } milestone)
                {
                    MilestoneLine.WriteMilestone(lines, recorded.Sequence, recorded.Id, milestone);
                }
            }

            MilestoneLine.WritePosition(lines, page.Events[^1].Sequence);
            await output.WriteAsync(lines.WrittenMemory, cancellationToken);
            await output.FlushAsync(cancellationToken);
            done += page.Events.Count;
            // Progress through the log by sequence number: counting the events ahead read the whole log once more.
            progress?.Report(new RepublishProgress(page.Events[^1].Sequence - after, last - after, clock.Elapsed));
        }

        if (last > after)
        {
            // The position reached covers the events after the last page that have no contract.
            lines.ResetWrittenCount();
            MilestoneLine.WritePosition(lines, last);
            await output.WriteAsync(lines.WrittenMemory, cancellationToken);
            await output.FlushAsync(cancellationToken);
        }

        return done;
    }

    /// <summary>
    /// Where the export stops: the daemon's high-water mark (every event at or below it committed), or the last event
    /// when no daemon has run. An event appended earlier but committed after the export read past its sequence would
    /// otherwise be missed, and its live message, at or below the rebuild's position, taken as applied by it.
    /// </summary>
    private async Task<long> LastAsync(long after, CancellationToken cancellationToken)
    {
        await using var extent = dataSource.CreateCommand(
            """
            SELECT least(coalesce(max(seq_id), 0), coalesce((SELECT last_seq_id FROM clinical.mt_event_progression
                    WHERE name = 'HighWaterMark'), max(seq_id), 0))
            FROM clinical.mt_events WHERE seq_id > $1
            """
        );
        extent.Parameters.Add(new NpgsqlParameter { Value = after });
        return (long)(await extent.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<Page> ReadPageAsync(long after, long last, CancellationToken cancellationToken)
    {
        // Contracts carry no personal data, so none is unsealed: no data key looked up, nothing decrypted.
        SealedReading.Begin();
        var events = new List<IEvent>(PageSize);
        using var buffer = new MemoryStream();
        await using (var page = dataSource.CreateCommand(PageSql))
        {
            page.Parameters.Add(new NpgsqlParameter { Value = after });
            page.Parameters.Add(new NpgsqlParameter { Value = last });
            page.Parameters.Add(new NpgsqlParameter { Value = _mappings.Keys.ToArray() });
            page.Parameters.Add(new NpgsqlParameter { Value = PageSize });
            await using var reader = await page.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var mapped = _mappings[reader.GetString(4)];
                var recorded = mapped.Wrap(eventReader.Read(mapped.Type, reader, 5, buffer));
                recorded.Sequence = reader.GetInt64(0);
                recorded.Id = reader.GetGuid(1);
                recorded.StreamId = reader.GetGuid(2);
                recorded.Version = reader.GetInt64(3);
                events.Add(recorded);
            }
        }

        await using var session = store.QuerySession();
        var context = await MilestoneContext.LoadAsync(session, events, cancellationToken, (ids, token) =>
            _journeys.LoadAsync(ids, missing => JourneyMappingColumns.LoadAsync(dataSource, missing, token))
        );
        _journeys.Passed(events.Select(e => (e.StreamId, e.Version)));
        return new Page(events, context);
    }

    /// <summary>
    /// Wraps an event as Marten's <see cref="EventMapping.Wrap"/> does, less the new id that <see cref="Event{T}"/>'s
    /// constructor makes for each (random bytes from the kernel every event, 7 % of the export's CPU), which the row's
    /// own id replaces at once: the event is made without running the constructor, its fields set here.
    /// </summary>
    private static Func<object, IEvent> Wrapper(EventMapping mapping) =>
        (Func<object, IEvent>)
            typeof(MilestoneExport)
                .GetMethod(nameof(WrapperOf), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(mapping.DocumentType)
                .Invoke(null, [mapping.EventTypeName, mapping.DotNetTypeName])!;

    private static Func<object, IEvent> WrapperOf<T>(string typeName, string dotNetTypeName)
        where T : notnull =>
        data =>
        {
            var recorded = (Event<T>)RuntimeHelpers.GetUninitializedObject(typeof(Event<T>));
            recorded.Data = (T)data;
            recorded.EventTypeName = typeName;
            recorded.DotNetTypeName = dotNetTypeName;
            recorded.TenantId = StorageConstants.DefaultTenantId;
            return recorded;
        };

    /// <summary>An event type the export reads: its data's type and how an event of it is wrapped.</summary>
    private sealed record Mapped(Type Type, Func<object, IEvent> Wrap);

    private sealed record Page(IReadOnlyList<IEvent> Events, MilestoneContext Context);
}
