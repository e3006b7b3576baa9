using Marten;
using Weasel.Postgresql.Tables;

namespace Hubs.Web.Features.Privacy;

public static class CryptoShreddingSetup
{
    /// <summary>
    /// Registers the key table with Marten's schema (so <c>migrate</c> creates it) and the converter that
    /// seals personal values inside events. Keys are plain bytes in the table: the database backup and the
    /// key table are one unit, and destroying a row is what shreds.
    /// </summary>
    public static IServiceCollection AddCryptoShredding(this IServiceCollection services)
    {
        services.AddSingleton<KeyworkerKeys>();
        services.ConfigureMarten((provider, options) =>
        {
            var keys = provider.GetRequiredService<KeyworkerKeys>();
            options.UseSystemTextJsonForSerialization(configure: json => json.Converters.Add(new PersonalJsonConverterFactory(keys)));
            options.Storage.ExtendedSchemaObjects.Add(KeyTable());
        });
        return services;
    }

    private static Table KeyTable()
    {
        var table = new Table("clinical.keyworker_keys");
        table.AddColumn<Guid>("keyworker_id").AsPrimaryKey();
        table.AddColumn("data_key", "bytea").NotNull();
        table.AddColumn("created_at", "timestamptz").NotNull().DefaultValueByExpression("now()");
        return table;
    }
}
