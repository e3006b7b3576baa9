using Hubs.Web.Features.Hubs;
using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ChangingAppointment;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Pages.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Pages.Clinic.Journeys;

/// <summary>
/// One appointment: reschedule it, or record its outcome (attended, did not attend, cancelled by either
/// side) — the validators and decisions of the API's reschedule, attendance and cancellation endpoints.
/// </summary>
public sealed class AppointmentModel(
    IDocumentSession session, ClinicClock clock, IValidator<RescheduleAppointment> reschedule, IValidator<RecordAttendance> attendance, IValidator<CancelAppointment> cancel, HubDirectory hubs)
    : JourneyPage(session, clock)
{
    public static readonly IReadOnlyList<Choice> Outcomes =
    [
        new("attended", "Attended"),
        new("not-attended", "Did not attend (no notice given)"),
        new("cancelled-client", "Cancelled by the client"),
        new("cancelled-hub", "Cancelled by the Hub"),
    ];

    [FromRoute]
    public Guid AppointmentId { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? Mode { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? CancelReason { get; set; }

    public Appointment? Appointment { get; private set; }

    protected override string What => "appointment";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostRescheduleAsync(CancellationToken cancellationToken)
    {
        var startsAt = Times.FromLocal(Date, Time);
        var command = new RescheduleAppointment(startsAt, Words.Parse<ContactMode>(Mode));
        if (startsAt is null)
        {
            ModelState.AddModelError(nameof(Date), "Enter the new date and time, like 2026-12-01 and 18:30.");
        }

        Validate(reschedule, command);
        ModelState.Remove(nameof(RescheduleAppointment.StartsAt));
        return WriteAsync(j => ChangeAppointmentDecision.Reschedule(j, AppointmentId, command, Times.Now, hubs.HoursOf(j.HubId)), "Appointment moved.", cancellationToken);
    }

    public Task<IActionResult> OnPostOutcomeAsync(CancellationToken cancellationToken)
    {
        Func<Journey, Decision>? decide = null;
        switch (Outcome)
        {
            case "attended" or "not-attended":
                var recorded = new RecordAttendance(Outcome == "attended");
                Validate(attendance, recorded);
                decide = j => ChangeAppointmentDecision.Attendance(j, AppointmentId, recorded, Times.Now);
                break;
            case "cancelled-client" or "cancelled-hub":
                var cancelled = new CancelAppointment(Outcome == "cancelled-client" ? CancelledBy.Client : CancelledBy.Hub, CancelReason);
                Validate(cancel, cancelled);
                ModelState.Remove(nameof(CancelAppointment.Reason));
                if (cancelled.Reason?.Length > 2000)
                {
                    ModelState.AddModelError(nameof(CancelReason), "The reason must be 2000 characters or fewer.");
                }

                decide = j => ChangeAppointmentDecision.Cancel(j, AppointmentId, cancelled, Times.Now);
                break;
            default:
                ModelState.AddModelError(nameof(Outcome), "Choose what happened at the appointment.");
                break;
        }

        return WriteAsync(decide ?? (_ => Decision.Accept()), $"Outcome recorded: {Outcomes.FirstOrDefault(o => o.Value == Outcome)?.Text.ToLowerInvariant()}.", cancellationToken);
    }

    protected override Task PrepareAsync(CancellationToken cancellationToken)
    {
        Appointment = Journey.FindAppointment(AppointmentId);
        if (Appointment is not null && Date is null)
        {
            (Date, Time) = Times.ToFields(Appointment.StartsAt);
            Mode ??= Appointment.Mode.ToString();
        }

        return Task.CompletedTask;
    }
}
