using System.Collections.Concurrent;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Web.Operations.Scale;

/// <summary>One document ready to copy: the document, its id, the store serializer's JSON and its version.</summary>
internal sealed record ScaleDocument(object Document, Guid Id, string Json, long Version);

/// <summary>
/// Writes new documents into their Marten tables with binary COPY, one COPY per document type: the id, the JSON the
/// store's serializer makes, the .NET type and the version (a projected document's is its stream's version, as
/// Marten stores it; a plain document's a fresh one); the last-modified time is the transaction's, by the table's
/// default, as for an upsert. A duplicated field's column (<see cref="ScaleColumns"/>) gets its member's value, as
/// Marten writes it; a table with a column of any other kind is refused before anything is written to it.
/// </summary>
internal sealed class ScaleDocumentCopy(DocumentStore store)
{
    private readonly ISerializer serializer = store.Options.Serializer();
    private readonly ConcurrentDictionary<Type, Func<object, Guid>> ids = [];
    private readonly ConcurrentDictionary<Type, ScaleTable> tables = [];

    public Dictionary<Type, List<ScaleDocument>> Prepare(IEnumerable<(object Document, long Version)> documents)
    {
        var prepared = new Dictionary<Type, List<ScaleDocument>>();
        foreach (var (document, version) in documents)
        {
            var type = document.GetType();
            if (!prepared.TryGetValue(type, out var rows))
            {
                prepared[type] = rows = [];
            }

            var id = ids.GetOrAdd(type, IdOf)(document);
            rows.Add(new ScaleDocument(document, id, serializer.ToJson(document), version));
        }

        return prepared;
    }

    public async Task CopyAsync(
        NpgsqlConnection connection,
        Dictionary<Type, List<ScaleDocument>> documents,
        CancellationToken cancellationToken
    )
    {
        foreach (var (type, rows) in documents)
        {
            if (!tables.TryGetValue(type, out var table))
            {
                tables[type] = table = await ScaleColumns.ReadAsync(connection, type, cancellationToken);
            }

            var duplicated = string.Concat(table.Duplicated.Select(d => ", " + d.Column));
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY {table.Name} (id, data, mt_dotnet_type, mt_version{duplicated}) FROM STDIN BINARY",
                cancellationToken
            );
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(row.Id, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(row.Json, NpgsqlDbType.Jsonb, cancellationToken);
                await copy.WriteAsync(type.FullName, NpgsqlDbType.Varchar, cancellationToken);
                if (table.NumericVersion)
                {
                    await copy.WriteAsync(row.Version, NpgsqlDbType.Bigint, cancellationToken);
                }
                else
                {
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
                }

                foreach (var field in table.Duplicated)
                {
                    if (field.Value(row.Document) is { } value)
                    {
                        await copy.WriteAsync(value, field.Type, cancellationToken);
                    }
                    else
                    {
                        await copy.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    private static Func<object, Guid> IdOf(Type type)
    {
        var id =
            type.GetProperty("Id") is { } property && property.PropertyType == typeof(Guid)
                ? property
                : throw new InvalidOperationException($"seed-scale needs a Guid Id property on {type.Name}.");
        return document => (Guid)id.GetValue(document)!;
    }
}
