using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AllocatingClinician;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ChangingAppointment;
using Hubs.Web.Features.Journeys.CompletingAssessment;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic.Risk;

/// <summary>
/// Journeys moved on through the same decisions the pages and the API call, for the risk and waits tests.
/// </summary>
public sealed class RiskJourneys(IServiceProvider services, TimeProvider clock)
{
    private IDocumentStore Store => services.GetRequiredService<IDocumentStore>();

    /// <summary>
    /// The online screening of the issue: brief screens negative, PHQ-9 item 9 answered <paramref name="item9"/>.
    /// </summary>
    public async Task ScreenOnlineAsync(Guid id, string hub, int item9)
    {
        await SaveStepAsync(id, hub, MeasureId.Phq2, new() { ["phq9.1"] = 0, ["phq9.2"] = 0 });
        await SaveStepAsync(id, hub, MeasureId.Phq9, new() { ["phq9.9"] = item9 });
        await SaveStepAsync(id, hub, MeasureId.Gad2, new() { ["gad7.1"] = 0, ["gad7.2"] = 0 });
    }

    public async Task SaveStepAsync(Guid id, string hub, MeasureId measure, Dictionary<string, int> answers)
    {
        await using var session = Store.LightweightSession();
        var saved = (await session.Events.FetchStreamAsync(id))
            .Select(e => e.Data)
            .OfType<ScreeningAnswersSaved>()
            .Aggregate(ScreeningAnswers.None(ScreeningSource.Online), (a, e) => a.Record(e.Measure, e.Answers.Value!));
        var command = new SaveScreeningAnswers(ScreeningSource.Online, measure, answers);
        await WriteAsync(session, id, hub, j =>
            SaveScreeningAnswersDecision
                .Decide(j, saved, command, ScreeningConfiguration.Default, clock.GetUtcNow())
                .Decision
        );
    }

    public Task TriageAsync(Guid id, string hub, DateTimeOffset? at = null) =>
        WriteAsync(id, hub, j =>
            TriageReferralDecision.Decide(
                j,
                new TriageReferral(TriageOutcome.Assess, "Fits.", null),
                Guid.NewGuid(),
                at ?? clock.GetUtcNow()
            )
        );

    public Task AssessAsync(Guid id, string hub, Guid clinician, DateTimeOffset? at = null) =>
        WriteAsync(id, hub, j =>
            CompleteAssessmentDecision.Decide(
                j,
                new CompleteAssessment(InterventionType.Cbt, "F.", "P.", 14, 10),
                clinician,
                at ?? clock.GetUtcNow()
            )
        );

    public Task AllocateAsync(Guid id, string hub, Guid clinician) =>
        WriteAsync(id, hub, j =>
            AllocateClinicianDecision.Decide(j, new AllocateClinician(clinician), Guid.NewGuid(), clock.GetUtcNow())
        );

    /// <summary>
    /// Books a treatment appointment an hour from now (or at <paramref name="startsAt"/>, booked the day before); the
    /// caller moves the clock past it before <see cref="AttendAsync"/>.
    /// </summary>
    public async Task<Guid> BookTreatmentAsync(Guid id, string hub, Guid clinician, DateTimeOffset? startsAt = null)
    {
        var appointment = Guid.NewGuid();
        var hours = services.GetRequiredService<HubDirectory>().HoursOf(hub);
        var command = new BookAppointment(
            AppointmentPurpose.Treatment,
            startsAt ?? clock.GetUtcNow().AddHours(1),
            50,
            ContactMode.Phone,
            clinician
        );
        var now = startsAt?.AddDays(-1) ?? clock.GetUtcNow();
        await WriteAsync(id, hub, j => BookAppointmentDecision.Decide(j, command, appointment, clinician, now, hours));
        return appointment;
    }

    public Task AttendAsync(Guid id, string hub, Guid appointment, DateTimeOffset? at = null) =>
        WriteAsync(id, hub, j =>
            ChangeAppointmentDecision.Attendance(j, appointment, new RecordAttendance(true), at ?? clock.GetUtcNow())
        );

    public async Task<Journey> LoadAsync(Guid id)
    {
        await using var session = Store.QuerySession();
        return (await session.LoadAsync<Journey>(id))!;
    }

    public async Task WriteAsync(Guid id, string hub, Func<Journey, Decision> decide)
    {
        await using var session = Store.LightweightSession();
        await WriteAsync(session, id, hub, decide);
    }

    private static async Task WriteAsync(IDocumentSession session, Guid id, string hub, Func<Journey, Decision> decide)
    {
        var version = (await session.Events.FetchStreamStateAsync(id))!.Version;
        var outcome = await LeadWrites.TryAsync(session, id, version, hub, decide, CancellationToken.None);
        Assert.True(outcome.Status == AppendStatus.Written, $"{outcome.Status}: {outcome.Refusal?.Detail}");
    }
}
