using Hubs.Testing;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Tests.Journeys;
using Hubs.Web.Tests.Operations;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Privacy;

/// <summary>Data keys rest wrapped by the master key, and survive the master key's rotation.</summary>
public class DataKeyWrappingTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly string CurrentId = MasterKeys.IdOf(Convert.FromBase64String(HubsSettings.DataMasterKey));

    [Fact]
    public async Task The_key_table_holds_no_raw_data_key_only_keys_wrapped_under_the_master_keys_id()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        var keyworkerId = await KeyworkerOfAsync(journey.Id);
        var rawKey = web.Host.Services.GetRequiredService<KeyworkerKeys>().Find(keyworkerId)!;

        var (stored, masterKeyId) = await StoredKeyAsync(keyworkerId);

        Assert.Equal(CurrentId, masterKeyId);
        Assert.Equal(32, rawKey.Length);
        Assert.Equal(-1, stored.AsSpan().IndexOf(rawKey));
        Assert.Equal(rawKey, new MasterKeys(HubsSettings.DataMasterKey, []).Unwrap(keyworkerId, masterKeyId, stored));
        Assert.Equal(0, await web.Database.CountAsync($"SELECT count(*) FROM clinical.keyworker_keys WHERE master_key_id = '{MasterKeys.Unwrapped}'"));
    }

    [Fact]
    public async Task After_a_master_key_rotation_every_data_key_is_rewrapped_and_the_personal_data_still_reads()
    {
        var marker = "Rw" + Guid.NewGuid().ToString("N")[..10];
        var journey = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid(marker: marker));
        var legacy = Guid.NewGuid();
        var legacyKey = Convert.FromHexString(new string('7', 64));
        await InsertUnwrappedKeyAsync(legacy, legacyKey);
        var newKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        var printed = await WebCommand.RunAsync(web, ["rewrap-data-keys"], new()
        {
            ["DataKeys__MasterKey"] = newKey,
            ["DataKeys__PreviousMasterKeys__0"] = HubsSettings.DataMasterKey,
        });

        Assert.Contains("Re-wrapped", printed, StringComparison.Ordinal);
        var newId = MasterKeys.IdOf(Convert.FromBase64String(newKey));
        Assert.Equal(0, await web.Database.CountAsync($"SELECT count(*) FROM clinical.keyworker_keys WHERE master_key_id <> '{newId}'"));
        var (stored, _) = await StoredKeyAsync(legacy);
        Assert.Equal(legacyKey, new MasterKeys(newKey, []).Unwrap(legacy, newId, stored));
        var settings = new Dictionary<string, string?>(HubsSettings.Web(web.Database, web.VirtualHost, HubsSettings.NewLogFile("web-rotated")))
        {
            ["DataKeys:MasterKey"] = newKey,
        };
        await using var rotated = new TestHost<WebEntryPoint>(settings);
        var detail = await new JourneyClient(rotated.CreateClient(), journey.Id, journey.Version, journey.Keyworker).GetAsync(Staff.Lead());
        Assert.Equal($"Name{marker}", detail.GetProperty("person").GetProperty("name").GetString());
    }

    private async Task<Guid> KeyworkerOfAsync(Guid journeyId)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<Journey>(journeyId))!.KeyworkerId;
    }

    /// <summary>A key as rows were written before data keys were wrapped (no master key id given).</summary>
    private async Task InsertUnwrappedKeyAsync(Guid keyworkerId, byte[] key)
    {
        await using var connection = new NpgsqlConnection(web.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("INSERT INTO clinical.keyworker_keys (keyworker_id, data_key) VALUES ($1, $2)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync();
    }

    private async Task<(byte[] Stored, string MasterKeyId)> StoredKeyAsync(Guid keyworkerId)
    {
        await using var connection = new NpgsqlConnection(web.Database.Admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT data_key, master_key_id FROM clinical.keyworker_keys WHERE keyworker_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = keyworkerId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return ((byte[])reader[0], reader.GetString(1));
    }
}
