using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Web.Operations.Scale;

/// <summary>A duplicated field's column: its name, its PostgreSQL type and the member value that fills it.</summary>
internal sealed record ScaleDuplicated(string Column, NpgsqlDbType Type, Func<object, object?> Value);

/// <summary>A document table as the copy writes it.</summary>
internal sealed record ScaleTable(string Name, bool NumericVersion, IReadOnlyList<ScaleDuplicated> Duplicated);

/// <summary>
/// Reads a document type's Marten table from the database: <c>clinical.mt_doc_</c> and the type's name in lower
/// case (no aliases here), whether its version is numeric (a projected document) and its duplicated fields — each
/// column named as Marten names a member's (snake case), filled with that member's value as Marten writes it (an
/// enum as its number). Any column it cannot fill that way stops the seeding before it writes a row.
/// </summary>
internal static partial class ScaleColumns
{
    private static readonly string[] Standard = ["id", "data", "mt_last_modified", "mt_dotnet_type", "mt_version"];

    public static async Task<ScaleTable> ReadAsync(NpgsqlConnection connection, Type type, CancellationToken token)
    {
        var table = "mt_doc_" + type.Name.ToLowerInvariant();
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = 'clinical' AND table_name = $1 ORDER BY ordinal_position",
            connection
        );
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        var columns = new List<(string Name, string Type)>();
        await using (var reader = await command.ExecuteReaderAsync(token))
        {
            while (await reader.ReadAsync(token))
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var version = columns.Where(c => c.Name == "mt_version").Select(c => c.Type).FirstOrDefault()
            ?? throw Refused(table, "it does not exist or has no mt_version");
        var duplicated = columns
            .Where(c => !Standard.Contains(c.Name))
            .Select(c => Duplicated(type, table, c.Name, c.Type))
            .ToList();
        return new ScaleTable($"clinical.{table}", version == "bigint", duplicated);
    }

    private static ScaleDuplicated Duplicated(Type type, string table, string column, string dataType)
    {
        var member = type.GetProperties().FirstOrDefault(p => SnakeCase(p.Name) == column)
            ?? throw Refused(table, $"no member of {type.Name} fills its column {column}");
        var clr = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        var npgsql = dataType switch
        {
            "timestamp with time zone" when clr == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
            "integer" when clr.IsEnum || clr == typeof(int) => NpgsqlDbType.Integer,
            "bigint" when clr == typeof(long) => NpgsqlDbType.Bigint,
            "uuid" when clr == typeof(Guid) => NpgsqlDbType.Uuid,
            "ARRAY" when clr == typeof(Guid[]) => NpgsqlDbType.Array | NpgsqlDbType.Uuid,
            "boolean" when clr == typeof(bool) => NpgsqlDbType.Boolean,
            "character varying" or "text" when clr == typeof(string) => NpgsqlDbType.Varchar,
            _ => throw Refused(table, $"its column {column} ({dataType}) is not one it knows how to fill"),
        };
        Func<object, object?> value = clr.IsEnum
            ? d => member.GetValue(d) is { } e ? Convert.ToInt32(e, CultureInfo.InvariantCulture) : null
            : member.GetValue;
        return new ScaleDuplicated(column, npgsql, value);
    }

    private static string SnakeCase(string name) => WordStart().Replace(name, "$1_$2").ToLowerInvariant();

    private static InvalidOperationException Refused(string table, string why) =>
        new($"seed-scale cannot fill clinical.{table}: {why}; extend ScaleColumns.");

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordStart();
}
