using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Reads the data column of an event the rebuild's export reads (<see cref="MappedEvents"/>) as Marten's serializer
/// reads it — property names as declared, enums as numbers, every <see cref="Personal{T}"/> through its converter —
/// but from the JSON generated at build time (<see cref="MappedEventJson"/>). Only the converter's own sealed form
/// falls back to reflection.
/// </summary>
public sealed class MappedEventReader(KeyworkerKeys keys)
{
    private readonly JsonSerializerOptions _options = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(MappedEventJson.Default, new DefaultJsonTypeInfoResolver()),
        Converters = { new PersonalJsonConverterFactory(keys) },
    };

    /// <summary>
    /// The row's JSON is copied into the page's buffer (as Marten copies it to a rented one), then read.
    /// </summary>
    public object Read(Type type, DbDataReader reader, int column, MemoryStream buffer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(buffer);
        buffer.SetLength(0);
        using (var stream = reader.GetStream(column))
        {
            stream.CopyTo(buffer);
        }

        var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        // jsonb's binary form begins with its format version, 1 (Marten's stream skips it too).
        if (json is [1, ..])
        {
            json = json[1..];
        }

        return JsonSerializer.Deserialize(json, _options.GetTypeInfo(type))
            ?? throw new JsonException($"An event of type {type.Name} has no data.");
    }
}
