using System.Collections.Concurrent;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Web.Operations.Scale;

/// <summary>One document ready to copy: its id, the store serializer's JSON and its version.</summary>
internal sealed record ScaleDocument(Guid Id, string Json, long Version);

/// <summary>
/// Writes new documents into their Marten tables with binary COPY, one COPY per document type: the id, the JSON the
/// store's serializer makes, the .NET type and the version (a projected document's is its stream's version, as
/// Marten stores it; a plain document's a fresh one); the last-modified time is the transaction's, by the table's
/// default, as for an upsert. A table with any other column (a duplicated field, say) is refused before anything
/// is written to it, since its value would be missing.
/// </summary>
internal sealed class ScaleDocumentCopy(DocumentStore store)
{
    private static readonly string[] KnownColumns = ["id", "data", "mt_last_modified", "mt_dotnet_type", "mt_version"];
    private readonly ISerializer serializer = store.Options.Serializer();
    private readonly ConcurrentDictionary<Type, Func<object, Guid>> ids = [];
    private readonly Dictionary<Type, (string Name, bool NumericVersion)> tables = [];

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

            rows.Add(new ScaleDocument(ids.GetOrAdd(type, IdOf)(document), serializer.ToJson(document), version));
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
            var (table, numericVersion) = await TableAsync(connection, type, cancellationToken);
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY {table} (id, data, mt_dotnet_type, mt_version) FROM STDIN BINARY",
                cancellationToken
            );
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(row.Id, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(row.Json, NpgsqlDbType.Jsonb, cancellationToken);
                await copy.WriteAsync(type.FullName, NpgsqlDbType.Varchar, cancellationToken);
                if (numericVersion)
                {
                    await copy.WriteAsync(row.Version, NpgsqlDbType.Bigint, cancellationToken);
                }
                else
                {
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    private static Func<object, Guid> IdOf(Type type)
    {
        var id = type.GetProperty("Id") is { } property && property.PropertyType == typeof(Guid)
            ? property
            : throw new InvalidOperationException($"seed-scale needs a Guid Id property on {type.Name}.");
        return document => (Guid)id.GetValue(document)!;
    }

    private async Task<(string, bool)> TableAsync(NpgsqlConnection connection, Type type, CancellationToken token)
    {
        if (tables.TryGetValue(type, out var known))
        {
            return known;
        }

        // Marten's table for a document type is mt_doc_ and the type's name in lower case (no aliases here).
        var table = "mt_doc_" + type.Name.ToLowerInvariant();
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = 'clinical' AND table_name = $1",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        var columns = new Dictionary<string, string>();
        await using (var reader = await command.ExecuteReaderAsync(token))
        {
            while (await reader.ReadAsync(token))
            {
                columns[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var unknown = columns.Keys.Except(KnownColumns).ToList();
        if (unknown.Count > 0 || !columns.TryGetValue("mt_version", out var versionType))
        {
            throw new InvalidOperationException(
                $"seed-scale cannot fill clinical.{table}: it is missing or has columns "
                    + $"({string.Join(", ", unknown)}) beyond {string.Join(", ", KnownColumns)}; "
                    + "extend ScaleDocumentCopy."
            );
        }

        known = ($"clinical.{table}", versionType == "bigint");
        tables[type] = known;
        return known;
    }
}
