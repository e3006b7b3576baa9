using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>An open case the hub lead should look at, and why.</summary>
public sealed record CaseFlag(
    Guid JourneyId,
    Guid? ClinicianId,
    RiskLevel Risk,
    int DaysSinceContact,
    int DidNotAttend,
    AppointmentChangeKind? ChangeRequested = null
);

/// <summary>One clinician's line in the supervision view.</summary>
public sealed record SupervisionLine(
    Guid ClinicianId,
    string Name,
    int OpenCases,
    int InSupport,
    int Waiting,
    int Sessions,
    int DidNotAttend,
    int RiskCases,
    int NoContact
);

/// <summary>
/// The hub lead's figures over the Hub's open journeys: risk flags, cases without contact for longer than
/// the Hub's setting, DNA counts, and a line per clinician for supervision.
/// </summary>
public static class HubFigures
{
    /// <summary>The 6- and 18-week marks for waits, in days from referral (src/DOMAIN-RULES.md).</summary>
    public const int SixWeeks = 42;
    public const int EighteenWeeks = 126;

    public static bool IsOpenAfterTriage(IOpenCaseFacts journey) =>
        journey
            is {
                Status: JourneyStatus.Triaged
                    or JourneyStatus.Assessed
                    or JourneyStatus.Waiting
                    or JourneyStatus.InSupport
            };

    public static IReadOnlyList<CaseFlag> Flags(IEnumerable<IOpenCaseFacts> open, DateTimeOffset now) =>
        open.Where(IsOpenAfterTriage)
            .Select(j => new CaseFlag(
                j.Id,
                j.ClinicianId,
                j.Risk,
                Contact.DaysSince(j, now),
                Contact.DidNotAttend(j),
                j.OpenChangeRequest
            ))
            .ToList();

    public static IReadOnlyList<SupervisionLine> Supervision(
        IEnumerable<IOpenCaseFacts> open,
        IReadOnlyList<ClinicianProfile> clinicians,
        DateTimeOffset now,
        int noContactDays
    )
    {
        ArgumentNullException.ThrowIfNull(clinicians);
        var byClinician = open.Where(j => IsOpenAfterTriage(j) && j.ClinicianId is not null)
            .ToLookup(j => j.ClinicianId!.Value);
        return clinicians
            .Select(c =>
            {
                var cases = byClinician[c.Id].ToList();
                return new SupervisionLine(
                    c.Id,
                    c.Name,
                    cases.Count,
                    cases.Count(j => j.Status == JourneyStatus.InSupport),
                    cases.Count(j => j.Status == JourneyStatus.Waiting),
                    cases.Sum(j => j.SessionsRecorded),
                    cases.Sum(Contact.DidNotAttend),
                    cases.Count(j => j.Risk > RiskLevel.None),
                    cases.Count(j => Contact.DaysSince(j, now) > noContactDays)
                );
            })
            .ToList();
    }
}
