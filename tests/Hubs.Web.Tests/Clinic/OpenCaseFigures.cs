using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// The overview's figures over the open journeys it read, against the Hub's open summaries read whole: contact and
/// missed appointments counted here from each appointment list, not from the facts the summary keeps.
/// </summary>
internal static class OpenCaseFigures
{
    public static async Task AssertAsync(
        ClinicFixture clinic,
        IQuerySession session,
        string hub,
        IReadOnlyList<IOpenCaseFacts> read,
        IReadOnlyList<JourneySummary> open,
        DateTimeOffset now
    )
    {
        Assert.Equal(open.Select(j => j.Id).Order(), read.Select(j => j.Id).Order());
        var expected = open.Where(HubFigures.IsOpenAfterTriage)
            .Select(j => new CaseFlag(j.Id, j.ClinicianId, j.Risk, DaysSince(j, now), Missed(j), ChangeAsked(j)))
            .OrderBy(f => f.JourneyId)
            .ToList();
        Assert.Contains(expected, f => f.DidNotAttend > 0);
        Assert.Contains(expected, f => f.ChangeRequested is not null);
        Assert.Equal(expected, HubFigures.Flags(read, now).OrderBy(f => f.JourneyId));

        var clinicians = open.Select(j => j.ClinicianId)
            .OfType<Guid>()
            .Distinct()
            .Select((id, i) => new ClinicianProfile(id, hub, $"Clinician {i}"))
            .ToList();
        var lines = HubFigures.Supervision(read, clinicians, now, 21);
        foreach (var line in lines)
        {
            var cases = expected.Where(f => f.ClinicianId == line.ClinicianId).ToList();
            Assert.Equal(
                (cases.Count, cases.Sum(f => f.DidNotAttend), cases.Count(f => f.DaysSinceContact > 21)),
                (line.OpenCases, line.DidNotAttend, line.NoContact)
            );
        }

        var (risks, noContact) = await OpenRisks.PageAsync(session, read, now, 21, (1, 1000), default);
        var atRisk = open.Where(j => j.Risk != Features.Questionnaires.RiskLevel.None).ToList();
        Assert.Equal(
            atRisk.Select(j => (j.Id, LastContact(j), DaysSince(j, now))).OrderBy(r => r.Id),
            risks
                .Urgent.Concat(risks.Others)
                .Select(r => (r.JourneyId, r.LastContact, r.DaysSinceContact))
                .OrderBy(r => r.JourneyId)
        );
        Assert.Equal(atRisk.Count(j => DaysSince(j, now) > 21), noContact);

        var page = await clinic.As(ClinicFixture.Lead(hub)).GetAsync("/clinic/hub");
        var dna = expected.Where(f => f.DidNotAttend > 0).ToList();
        Assert.Contains(
            $"{dna.Sum(f => f.DidNotAttend)} missed appointments across {dna.Count} open cases.",
            page.Html,
            StringComparison.Ordinal
        );
    }

    private static DateTimeOffset LastContact(JourneySummary j)
    {
        var attended = j.Appointments.Where(a => a.State == AppointmentState.Attended).Select(a => a.StartsAt);
        var last = attended.Any() ? attended.Max() : j.AssessedAt ?? j.SubmittedAt;
        return j.LastReachedAt is { } reached && reached > last ? reached : last;
    }

    private static int DaysSince(JourneySummary j, DateTimeOffset now) => (int)(now - LastContact(j)).TotalDays;

    private static int Missed(JourneySummary j) => j.Appointments.Count(a => a.State == AppointmentState.NotAttended);

    private static AppointmentChangeKind? ChangeAsked(JourneySummary j) =>
        j
            .Appointments.FirstOrDefault(a => a.State == AppointmentState.Booked && a.ChangeRequested is not null)
            ?.ChangeRequested;
}
