using Hubs.Web.Features.Clinicians;
using Hubs.Web.Operations;
using Hubs.Web.Tests.Clinic;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// Profiles stored when a clinician belonged to one Hub (a <c>HubId</c> and <c>Active</c>, no list of Hubs) are
/// listed in their Hub again after <c>migrate</c>, a left one as left, with nothing else of them changed.
/// </summary>
public sealed class ProfileHubsMigrationTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task Migrate_turns_the_one_hub_of_an_earlier_profile_into_its_list_of_hubs()
    {
        var (working, left) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var session = clinic.Store.LightweightSession())
        {
            session.Store(
                new ClinicianProfile(working, "south", "Earlier Working") { Languages = ["Welsh"], Version = 4 },
                new ClinicianProfile(left, "south", "Earlier Left")
            );
            await session.SaveChangesAsync();
        }

        // As those versions stored them: one Hub, and whether they still worked there.
        await using (var session = clinic.Store.LightweightSession())
        {
            session.QueueSqlCommand(
                $"update {clinic.Store.Options.DatabaseSchemaName}.mt_doc_clinicianprofile set data = "
                    + "(data - 'HubIds' - 'LeftHubIds') || jsonb_build_object('Active', id = '"
                    + left
                    + "'::uuid "
                    + "is false) where id in ('"
                    + working
                    + "'::uuid, '"
                    + left
                    + "'::uuid)"
            );
            await session.SaveChangesAsync();
        }

        Assert.DoesNotContain(await ListedAsync(), c => c.Id == working);

        await MigrateCommand.ApplyAsync(clinic.Store, clinic.App.Services.GetRequiredService<NpgsqlDataSource>());
        await MigrateCommand.ApplyAsync(clinic.Store, clinic.App.Services.GetRequiredService<NpgsqlDataSource>());

        var listed = await ListedAsync();
        var migrated = Assert.Single(listed, c => c.Id == working);
        Assert.Equal(["south"], migrated.HubIds);
        Assert.Equal(["Welsh"], migrated.Languages);
        Assert.Equal(4, migrated.Version);
        Assert.DoesNotContain(listed, c => c.Id == left);
        await using var query = clinic.Store.QuerySession();
        var gone = await query.LoadAsync<ClinicianProfile>(left);
        Assert.Equal(["south"], gone!.HubIds);
        Assert.Equal(["south"], gone.LeftHubIds);
    }

    private async Task<IReadOnlyList<ClinicianProfile>> ListedAsync()
    {
        await using var session = clinic.Store.QuerySession();
        return await ClinicianDirectory.ListAsync(session, "south", CancellationToken.None);
    }
}
