using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Hubs.ServiceDefaults.DataProtection;

/// <summary>
/// The Data Protection key ring in the host's own PostgreSQL schema, so that every replica (and every
/// restart) can read the page sessions, sign-in correlation cookies and antiforgery tokens the others issued.
/// </summary>
internal sealed class PostgresKeyRing(NpgsqlDataSource dataSource, string schema, bool createTable) : IXmlRepository
{
    private readonly Lazy<bool> created = new(() =>
    {
        if (createTable)
        {
            SharedDataProtection.EnsureTableAsync(dataSource, schema).GetAwaiter().GetResult();
        }

        return true;
    });

    private string Table => $"{schema}.data_protection_keys";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        _ = created.Value;
        using var command = dataSource.CreateCommand($"SELECT xml FROM {Table} ORDER BY id");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        _ = created.Value;
        using var command = dataSource.CreateCommand($"INSERT INTO {Table} (friendly_name, xml) VALUES ($1, $2)");
        command.Parameters.AddWithValue(friendlyName ?? string.Empty);
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
