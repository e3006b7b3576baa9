using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Codes;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Issue 22: the overview reads its open journeys without their appointment lists (the last attended appointment
/// and the missed count kept in the summary). Its flags, supervision lines and cases at risk equal those worked out
/// from the whole documents' appointments, over open cases with urgent risk, missed appointments, open change
/// requests and people still waiting, beside discharged and withdrawn journeys and a second Hub's, never counted.
/// </summary>
public sealed class HubOverviewOpenCasesTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string Hub = "north";

    [Fact]
    public async Task The_overviews_lists_and_counts_equal_those_worked_out_from_the_whole_documents()
    {
        await OpenCaseSeed.WriteAsync(clinic, Hub, "south", seed: 23);
        var now = clinic.Clock.GetUtcNow();
        await using var session = clinic.Store.QuerySession();
        var all = await session.Query<JourneySummary>().ToListAsync();
        var mine = all.Where(j => j.HubId == Hub).ToList();
        var open = mine.Where(j => !j.HasEnded).ToList();
        Assert.Contains(open, j => j.Risk == RiskLevel.Urgent);
        Assert.Contains(open, j => j.Appointments.Any(a => a.State == AppointmentState.NotAttended));
        Assert.Contains(open, j => j.Appointments.Any(a => a.ChangeRequested is not null));
        Assert.Contains(open, j => j.Status == JourneyStatus.Waiting);
        Assert.Contains(mine, j => j.Status == JourneyStatus.Discharged);
        Assert.Contains(mine, j => j.Status == JourneyStatus.Withdrawn);
        Assert.Contains(all, j => j.HubId != Hub && !j.HasEnded && j.OpenChangeRequest is not null);

        var read = await OpenJourneys.ReadAsync(session, Hub, default);
        Assert.All(read, j => Assert.IsType<OpenCase>(j));
        await OpenCaseFigures.AssertAsync(clinic, session, Hub, read, open, now);
    }

    [Fact]
    public async Task Each_open_case_read_holds_its_documents_fields_exactly()
    {
        await OpenCaseSeed.WriteAsync(clinic, "east", "west", seed: 41);
        var odd = clinic.Clock.GetUtcNow().AddTicks(1_234_567).ToOffset(TimeSpan.FromHours(1));
        await using (var write = clinic.Store.LightweightSession())
        {
            var open = (await write.Query<JourneySummary>().Where(j => j.HubId == "east").ToListAsync())
                .Where(j => !j.HasEnded && j.ClinicianId is not null)
                .Take(2)
                .ToList();
            foreach (var (journey, n) in open.Select((j, n) => (j, n)))
            {
                var outcome = n == 0 ? ContactOutcome.Reached : ContactOutcome.MessageLeft;
                write.Events.Append(
                    journey.Id,
                    new ContactAttemptLogged(
                        journey.Id,
                        odd,
                        journey.ClinicianId!.Value,
                        ContactChannel.Text,
                        outcome,
                        odd
                    )
                );
            }

            await write.SaveChangesAsync();
        }

        await using var session = clinic.Store.QuerySession();
        var documents = (await session.Query<JourneySummary>().Where(j => j.HubId == "east").ToListAsync())
            .Where(j => !j.HasEnded)
            .ToDictionary(j => j.Id);
        Assert.Contains(documents.Values, j => j.LastAttempt is not null && j.LastReachedAt is not null);
        Assert.Contains(documents.Values, j => j.OpenChangeRequest is not null);
        Assert.Contains(documents.Values, j => j.MissedAppointments > 0);
        Assert.Contains(documents.Values, j => j.LastAttendedAt is not null && j.AssessedAt is not null);

        var read = await OpenJourneys.ReadAsync(session, "east", default);
        Assert.Equal(documents.Keys.Order(), read.Select(j => j.Id).Order());
        foreach (var facts in read)
        {
            var document = documents[facts.Id];
            Assert.Equal(Fields(document), Fields(facts));
            Assert.Equal(document.SubmittedAt.Offset, facts.SubmittedAt.Offset);
            Assert.Equal(document.LastAttempt?.At.Offset, facts.LastAttempt?.At.Offset);
        }
    }

    private static object?[] Fields(IOpenCaseFacts j) =>
        [
            j.Status,
            j.SubmittedAt.UtcTicks,
            j.Risk,
            j.AssessedAt?.UtcTicks,
            j.ClinicianId,
            j.SessionsRecorded,
            j.LastAttempt,
            j.LastReachedAt?.UtcTicks,
            j.OpenChangeRequest,
            j.LastAttendedAt?.UtcTicks,
            j.MissedAppointments,
        ];
}
