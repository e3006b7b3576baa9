using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Privacy;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// The blind index's rows (issue 22): written with the referral, holding no letter of what they index, gone when the
/// journey is shredded (by the lead, the operator or retention: every erasure goes through KeyworkerErasure), and
/// filled by migrate's step for journeys that have none, resumably.
/// </summary>
public sealed class SearchIndexLifecycleTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task A_referral_writes_its_tokens_in_its_own_transaction_and_no_letter_of_the_person()
    {
        var u = SearchPeople.Unique();
        var id = await SearchPeople.ReferAsync(clinic.App.Services, "north", $"Morgan {u}", $"{u}@example.org");
        var row = await ReadRowAsync(id);
        Assert.NotNull(row);
        Assert.Equal("north", row.Value.Hub);
        Assert.True(row.Value.Tokens.Length >= SearchTokens.NamePadding + 1);

        // Queued, not written: a referral whose session is never saved leaves no row (one transaction with it).
        await using var session = clinic.Store.LightweightSession();
        var unsaved = await Hubs.Web.Features.Journeys.SubmittingSelfReferral.SelfReferralStream.StartAsync(
            session,
            clinic.App.Services.GetRequiredService<KeyworkerKeys>(),
            SearchPeople.Command("north", $"Unsaved {u}", $"unsaved.{u}@example.org", null),
            DateTimeOffset.UtcNow,
            null,
            default
        );
        Assert.Null(await ReadRowAsync(unsaved));
        Assert.Equal(
            0,
            await CountAsync($"SELECT count(*) FROM {SearchTokenTable.Name} WHERE tokens::text LIKE '%{u}%'")
        );
    }

    [Fact]
    public async Task Every_erasure_leaves_no_token_of_the_journeys_it_shreds()
    {
        var u = SearchPeople.Unique();
        var services = clinic.App.Services;
        var one = await SearchPeople.ReferAsync(services, "north", $"Lead Shred {u}", $"a.{u}@example.org");
        var first = await SearchPeople.ReferAsync(services, "north", $"Operator Shred {u}", $"b.{u}@example.org");
        Journey firstJourney;
        await using (var session = clinic.Store.LightweightSession())
        {
            firstJourney = (await session.LoadAsync<Journey>(first))!;
        }

        var erasure = services.GetRequiredService<KeyworkerErasure>();
        await SearchPeople.EraseAsync(services, one, Guid.NewGuid(), "lead");

        await erasure.EraseAsync(
            firstJourney.KeyworkerId,
            ShreddingGround.RetentionExpired,
            KeyworkerErasure.Operator,
            "op",
            null,
            default
        );
        Assert.Null(await ReadRowAsync(one));
        Assert.Null(await ReadRowAsync(first));
    }

    [Fact]
    public async Task Migrate_fills_the_index_for_journeys_without_tokens_and_a_second_run_adds_nothing()
    {
        var u = SearchPeople.Unique();
        var services = clinic.App.Services;
        var older = await SearchPeople.ReferAsync(services, "north", $"Older {u}", $"older.{u}@example.org");
        var gone = await SearchPeople.ReferAsync(services, "north", $"Gone {u}", $"gone.{u}@example.org");
        await SearchPeople.EraseAsync(services, gone, Guid.NewGuid(), "lead");

        // As a journey referred before the index existed: no row.
        await CountAsync($"DELETE FROM {SearchTokenTable.Name} WHERE journey_id = '{older}'");
        var keys = services.GetRequiredService<KeyworkerKeys>();
        var data = services.GetRequiredService<NpgsqlDataSource>();
        var (written, _) = await SearchIndexBackfill.RunAsync(clinic.Store, data, keys, default);
        Assert.True(written >= 1);
        Assert.NotNull(await ReadRowAsync(older));
        Assert.Null(await ReadRowAsync(gone));
        Assert.Equal(0, (await SearchIndexBackfill.RunAsync(clinic.Store, data, keys, default)).Written);

        await using var query = clinic.Store.QuerySession();
        var found = await JourneySearch.FindAsync(
            query,
            keys,
            "north",
            StaffSearchQuery.Read($"older {u}", null, null, null).Query!,
            StaffSearch.Shown,
            default
        );
        Assert.Equal([older], found.Matches.Select(m => m.Journey.Id));
    }

    private async Task<(string Hub, long[] Tokens)?> ReadRowAsync(Guid journeyId)
    {
        await using var command = clinic
            .App.Services.GetRequiredService<NpgsqlDataSource>()
            .CreateCommand($"SELECT hub_id, tokens FROM {SearchTokenTable.Name} WHERE journey_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = journeyId });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), (long[])reader[1]) : null;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var command = clinic.App.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        return Convert.ToInt64(
            await command.ExecuteScalarAsync() ?? 0L,
            System.Globalization.CultureInfo.InvariantCulture
        );
    }
}
