using System.Text.Json;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Publishing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.EndToEnd.Tests.Rebuild;

public partial class FastRebuildTests
{
    /// <summary>
    /// The export reads its events' JSON generated at build time (<see cref="MappedEventReader"/>): every event of
    /// every exported type in the log reads back exactly as Marten's serializer reads it, personal values left sealed.
    /// </summary>
    [Fact]
    public async Task Every_exported_event_reads_back_from_the_generated_json_exactly_as_Marten_reads_it()
    {
        SealedReading.Begin();
        var store = (DocumentStore)system.Web.Services.GetRequiredService<IDocumentStore>();
        var marten = store.Options.Serializer();
        var generated = system.Web.Services.GetRequiredService<MappedEventReader>();
        var types = MappedEvents.All.ToDictionary(t => store.Events.EventMappingFor(t).EventTypeName);
        await using var command = system
            .Web.Services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand("SELECT type, data, data FROM clinical.mt_events WHERE type = ANY($1) ORDER BY seq_id");
        command.Parameters.Add(new NpgsqlParameter { Value = types.Keys.ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        using var buffer = new MemoryStream();
        var seen = new HashSet<Type>();
        while (await reader.ReadAsync())
        {
            var type = types[reader.GetString(0)];
            seen.Add(type);
            object expected;
            // Marten's own read of a row (its FromJson of a reader column), the stream then closed for the next.
            await using (var json = reader.GetStream(1))
            {
                expected = marten.FromJson(type, json);
            }

            Assert.Equal(
                JsonSerializer.Serialize(expected, type),
                JsonSerializer.Serialize(generated.Read(type, reader, 2, buffer), type)
            );
        }

        Assert.NotEmpty(seen);
    }
}
