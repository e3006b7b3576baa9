using Hubs.Testing;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Tests.Journeys;
using Hubs.Web.Tests.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Privacy;

/// <summary>Data keys rest wrapped by the master key, and survive the master key's rotation.</summary>
public class DataKeyWrappingTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly string CurrentId = MasterKeys.IdOf(Convert.FromBase64String(HubsSettings.DataMasterKey));

    [Fact]
    public async Task The_key_table_holds_no_raw_data_key_only_keys_wrapped_under_the_master_keys_id()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        var keyworkerId = journey.Id; // each journey's personal data has its own key
        var rawKey = web.Host.Services.GetRequiredService<KeyworkerKeys>().Find(keyworkerId)!;

        var (stored, masterKeyId) = await KeyTable.StoredAsync(web, keyworkerId);

        Assert.Equal(CurrentId, masterKeyId);
        Assert.Equal(32, rawKey.Length);
        Assert.Equal(-1, stored.AsSpan().IndexOf(rawKey));
        Assert.Equal(rawKey, new MasterKeys(HubsSettings.DataMasterKey, []).Unwrap(keyworkerId, masterKeyId, stored));
        Assert.Equal(
            0,
            await web.Database.CountAsync(
                $"SELECT count(*) FROM clinical.keyworker_keys WHERE master_key_id = '{MasterKeys.Unwrapped}'"
            )
        );
    }

    [Fact]
    public async Task After_a_master_key_rotation_every_data_key_is_rewrapped_and_the_personal_data_still_reads()
    {
        var marker = "Rw" + Guid.NewGuid().ToString("N")[..10];
        var journey = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid(marker: marker));
        var legacy = Guid.NewGuid();
        var legacyKey = Convert.FromHexString(new string('7', 64));
        await KeyTable.InsertUnwrappedAsync(web, legacy, legacyKey);
        var newKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        var printed = await WebCommand.RunAsync(
            web,
            ["rewrap-data-keys"],
            new() { ["DataKeys__MasterKey"] = newKey, ["DataKeys__PreviousMasterKeys__0"] = HubsSettings.DataMasterKey }
        );

        Assert.Contains("Re-wrapped", printed, StringComparison.Ordinal);
        var newId = MasterKeys.IdOf(Convert.FromBase64String(newKey));
        Assert.Equal(
            0,
            await web.Database.CountAsync(
                $"SELECT count(*) FROM clinical.keyworker_keys WHERE master_key_id <> '{newId}'"
            )
        );
        var (stored, _) = await KeyTable.StoredAsync(web, legacy);
        Assert.Equal(legacyKey, new MasterKeys(newKey, []).Unwrap(legacy, newId, stored));
        var settings = new Dictionary<string, string?>(
            HubsSettings.Web(web.Database, web.VirtualHost, HubsSettings.NewLogFile("web-rotated"))
        )
        {
            ["DataKeys:MasterKey"] = newKey,
        };
        await using var rotated = new TestHost<WebEntryPoint>(settings);
        var detail = await new JourneyClient(
            rotated.CreateClient(),
            journey.Id,
            journey.Version,
            journey.Keyworker
        ).GetAsync(Staff.Lead());
        Assert.Equal($"Name{marker}", detail.GetProperty("person").GetProperty("name").GetString());
    }
}
