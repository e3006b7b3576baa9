using Marten;
using Weasel.Postgresql.Tables;

namespace Hubs.Web.Features.Privacy;

public static class CryptoShreddingSetup
{
    /// <summary>
    /// Registers the key table with Marten's schema (so <c>migrate</c> creates it) and the converter that
    /// seals personal values inside events. Data keys are stored wrapped by the master key, with that
    /// key's id; destroying a row is what shreds (the backup holds only what the table still holds).
    /// </summary>
    public static IServiceCollection AddCryptoShredding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MasterKeys.From(configuration));
        services.AddSingleton<KeyworkerKeys>();
        services.AddSingleton<DataKeyRewrapping>();
        services.ConfigureMarten(
            (provider, options) =>
            {
                var keys = provider.GetRequiredService<KeyworkerKeys>();
                options.UseSystemTextJsonForSerialization(configure: json =>
                    json.Converters.Add(new PersonalJsonConverterFactory(keys))
                );
                options.Storage.ExtendedSchemaObjects.Add(KeyTable());
                options.Schema.For<KeyDestructionRecord>().Index(r => r.KeyworkerId);
            }
        );
        return services;
    }

    private static Table KeyTable()
    {
        var table = new Table("clinical.keyworker_keys");
        table.AddColumn<Guid>("keyworker_id").AsPrimaryKey();
        table.AddColumn("data_key", "bytea").NotNull();
        table.AddColumn("master_key_id", "text").NotNull().DefaultValueByExpression($"'{MasterKeys.Unwrapped}'");
        table.AddColumn("created_at", "timestamptz").NotNull().DefaultValueByExpression("now()");
        return table;
    }
}
