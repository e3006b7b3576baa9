using Hubs.Web.Features.Codes;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Operations;
using Hubs.Web.Tests.Clinic;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// A database migrated from a version whose booked appointments were found by clinician through a GIN index on the
/// whole document (every self-referral and session paid for it: benchmarks/SCALE.md) loses that index, and its
/// journeys' clinicians, which the diary and free slots now ask through a narrow index, are filled from the documents.
/// </summary>
public sealed class MigrateNarrowsAppointmentsIndexTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string OldStore = """
        CREATE INDEX IF NOT EXISTS mt_doc_journeyappointments_idx_data
            ON clinical.mt_doc_journeyappointments USING gin (data jsonb_path_ops);
        UPDATE clinical.mt_doc_journeyappointments SET clinicians = NULL;
        """;

    [Fact]
    public async Task Migrate_drops_the_document_index_and_fills_each_journeys_clinicians()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var booked = new JourneyAppointments(Guid.NewGuid(), "migrated", Guid.NewGuid())
        {
            Appointments = [At(first), At(second), At(first)],
        };
        var none = new JourneyAppointments(Guid.NewGuid(), "migrated", Guid.NewGuid());
        await using (var session = clinic.Store.LightweightSession())
        {
            session.Store(booked, none);
            await session.SaveChangesAsync();
        }

        var dataSource = clinic.App.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var old = dataSource.CreateCommand(OldStore))
        {
            await old.ExecuteNonQueryAsync();
        }

        await MigrateCommand.ApplyAsync(clinic.Store, dataSource);

        var indexes = await IndexesAsync(dataSource);
        Assert.DoesNotContain("mt_doc_journeyappointments_idx_data", indexes.Keys);
        Assert.Contains("USING gin (clinicians)", indexes["mt_doc_journeyappointments_idx_clinicians"]);
        Assert.Equal(new[] { first, second }.Order(), (await CliniciansAsync(dataSource, booked.Id))?.Order());
        Assert.Null(await CliniciansAsync(dataSource, none.Id));
    }

    private static Appointment At(Guid clinician) =>
        new(
            Guid.NewGuid(),
            AppointmentPurpose.Treatment,
            DateTimeOffset.UtcNow,
            50,
            ContactMode.Phone,
            false,
            clinician,
            AppointmentState.Booked
        );

    private static async Task<Guid[]?> CliniciansAsync(NpgsqlDataSource dataSource, Guid journeyId)
    {
        await using var read = dataSource.CreateCommand(
            "SELECT clinicians FROM clinical.mt_doc_journeyappointments WHERE id = $1"
        );
        read.Parameters.Add(new NpgsqlParameter { Value = journeyId });
        var value = await read.ExecuteScalarAsync();
        return value is DBNull ? null : (Guid[]?)value;
    }

    private static async Task<Dictionary<string, string>> IndexesAsync(NpgsqlDataSource dataSource)
    {
        await using var read = dataSource.CreateCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'clinical' "
                + "AND tablename = 'mt_doc_journeyappointments'"
        );
        var indexes = new Dictionary<string, string>();
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }

        return indexes;
    }
}
