using Hubs.Web.Tests.Clinic;
using Marten;
using Npgsql;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// A booked, moved or cancelled appointment finds its reminders by appointment and kind through an index
/// (Contact/SchedulingReminders/ContactScheduleTable.cs), not by reading every reminder of every Hub: a national
/// schedule holds millions of rows. The planner is told to avoid a sequential scan where it has any other way.
/// </summary>
public sealed class ReminderLookupTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task An_appointments_reminders_are_found_by_index()
    {
        await using var connection = clinic.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var avoid = new NpgsqlCommand("SET LOCAL enable_seqscan = off", connection, transaction))
        {
            await avoid.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand(
            "EXPLAIN SELECT id FROM clinical.contact_schedule WHERE appointment_id = $1 AND kind = $2",
            connection,
            transaction
        );
        explain.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid() });
        explain.Parameters.Add(new NpgsqlParameter { Value = "reminder" });
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("contact_schedule_appointment", StringComparison.Ordinal));
    }
}
