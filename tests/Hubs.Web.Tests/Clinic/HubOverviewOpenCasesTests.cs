using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
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
}
