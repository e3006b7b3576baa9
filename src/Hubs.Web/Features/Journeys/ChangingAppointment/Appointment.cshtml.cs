using FluentValidation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ChangingAppointment;

/// <summary>
/// One appointment: reschedule it, or record its outcome (attended, did not attend, cancelled by either
/// side) — the validators and decisions of the API's reschedule, attendance and cancellation endpoints. A move
/// follows the booking's diary rules and date input: a clash refused, a warning booked only once confirmed.
/// </summary>
public sealed class AppointmentModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RescheduleAppointment> reschedule,
    IValidator<RecordAttendance> attendance,
    IValidator<CancelAppointment> cancel,
    HubDirectory hubs,
    ContactSettings contact
) : JourneyPage(session, clock)
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
    public string? DateDay { get; set; }

    [BindProperty]
    public string? DateMonth { get; set; }

    [BindProperty]
    public string? DateYear { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? Mode { get; set; }

    /// <summary>
    /// Ticked after the page showed a warning: move it outside safe times or to a mode they did not choose.
    /// </summary>
    [BindProperty]
    public bool ConfirmWarnings { get; set; }

    public bool AskToConfirm { get; private set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? CancelReason { get; set; }

    public Appointment? Appointment { get; private set; }

    protected override string What => "appointment";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostRescheduleAsync(CancellationToken cancellationToken)
    {
        var (date, dateError) = DateParts.Read(DateDay, DateMonth, DateYear, "the new date");
        var startsAt = date is { } day
            ? Times.FromLocal(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Time)
            : null;
        var command = new RescheduleAppointment(startsAt, Words.Parse<ContactMode>(Mode), ConfirmWarnings);
        Validate(reschedule, command);
        ModelState.Remove(nameof(RescheduleAppointment.StartsAt));
        if (dateError is not null)
        {
            ModelState.AddModelError("Date", dateError);
        }
        else if (startsAt is null)
        {
            ModelState.AddModelError(nameof(Time), "Enter the new start time, like 18:30");
        }

        ViewData.ShowErrorsInOrder("Date", nameof(Time), nameof(Mode));
        var context = await BookingContextReader.ReadForMoveAsync(
            Session,
            Id,
            AppointmentId,
            Me.HubId,
            contact.Zone,
            cancellationToken
        );
        var result = await WriteAsync(
            j =>
                ChangeAppointmentDecision.Reschedule(
                    j,
                    AppointmentId,
                    command,
                    Times.Now,
                    hubs.HoursOf(j.HubId),
                    context
                ),
            "Appointment moved.",
            cancellationToken
        );
        AskToConfirm =
            ModelState[FormKey]
                ?.Errors.Any(e => e.ErrorMessage.StartsWith("Check before booking", StringComparison.Ordinal)) == true;
        return result;
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
                var cancelled = new CancelAppointment(
                    Outcome == "cancelled-client" ? CancelledBy.Client : CancelledBy.Hub,
                    CancelReason
                );
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

        return WriteAsync(
            decide ?? (_ => Decision.Accept()),
            $"Outcome recorded: {Outcomes.FirstOrDefault(o => o.Value == Outcome)?.Text.ToLowerInvariant()}.",
            cancellationToken
        );
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        ViewData["ErrorLinks"] = new Dictionary<string, string> { ["Date"] = "#Date-day" };
        Appointment = (await AppointmentsAsync(cancellationToken)).Find(AppointmentId);
        if (Appointment is not null && DateDay is null && DateMonth is null && DateYear is null)
        {
            var (date, time) = Times.ToFields(Appointment.StartsAt);
            var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            (DateDay, DateMonth, DateYear, Time) = (Number(day.Day), Number(day.Month), Number(day.Year), time);
            Mode ??= Appointment.Mode.ToString();
        }
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
