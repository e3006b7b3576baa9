using FluentValidation;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

/// <summary>
/// Book an appointment: the same validator, diary rules (clashes refused, warnings to confirm) and decision as
/// <c>POST /api/journeys/{id}/appointments</c>. The date is the NHS.UK three-box date input; the length
/// defaults to the Hub's slot length.
/// </summary>
public sealed class BookModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<BookAppointment> validator,
    HubDirectory hubs
) : JourneyPage(session, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Purpose { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DateDay { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DateMonth { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DateYear { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Time { get; set; }

    [BindProperty]
    public string? DurationMinutes { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Mode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ClinicianId { get; set; }

    /// <summary>
    /// Ticked after the page showed a warning: book outside safe times or in a mode they did not choose.
    /// </summary>
    [BindProperty]
    public bool ConfirmWarnings { get; set; }

    /// <summary>The warnings the last attempt raised, shown beside the confirmation box.</summary>
    public bool AskToConfirm { get; private set; }

    public IReadOnlyList<Choice> Clinicians { get; private set; } = [];

    public FreeSlots Free { get; private set; } = FreeSlots.None;

    protected override string What => "booking-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (date, dateError) = DateParts.Read(DateDay, DateMonth, DateYear, "the date of the appointment");
        var startsAt = date is { } day
            ? Times.FromLocal(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Time)
            : null;
        var clinician = Guid.TryParse(ClinicianId, out var chosen) ? chosen : (Guid?)null;
        var command = new BookAppointment(
            Words.Parse<AppointmentPurpose>(Purpose),
            startsAt,
            Words.Number(DurationMinutes) ?? 0,
            Words.Parse<ContactMode>(Mode),
            clinician,
            ConfirmWarnings
        );
        Validate(validator, command);
        ModelState.Remove(nameof(BookAppointment.StartsAt));
        if (dateError is not null)
        {
            ModelState.AddModelError("Date", dateError);
        }
        else if (startsAt is null)
        {
            ModelState.AddModelError(nameof(Time), "Enter the start time, like 18:30");
        }

        ViewData.ShowErrorsInOrder(
            nameof(Purpose),
            "Date",
            nameof(Time),
            nameof(DurationMinutes),
            nameof(Mode),
            nameof(ClinicianId)
        );
        var appointmentId = Guid.CreateVersion7();
        var context = await BookingContextReader.ReadAsync(
            Session,
            Id,
            Me.HubId,
            clinician,
            Me.Id,
            Times.Zone,
            cancellationToken
        );
        var result = await WriteAsync(
            (journey, relation) =>
                BookAppointmentDecision.Decide(
                    journey,
                    command,
                    appointmentId,
                    Me.Id,
                    Times.Now,
                    hubs.HoursOf(journey.HubId),
                    context,
                    relation.HasFlag(Relations.HubLead)
                ),
            $"Appointment booked for {(startsAt is null ? "" : Times.Show(startsAt.Value))}.",
            cancellationToken
        );
        AskToConfirm =
            ModelState[FormKey]
                ?.Errors.Any(e => e.ErrorMessage.StartsWith("Check before booking", StringComparison.Ordinal)) == true;
        return result;
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        ViewData["ErrorLinks"] = new Dictionary<string, string> { ["Date"] = "#Date-day" };
        var clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
        Clinicians = clinicians.Select(c => new Choice(c.Id.ToString(), c.Name)).ToList();
        var allocated = (await Session.LoadAsync<CaseloadEntry>(Id, cancellationToken))?.ClinicianId;
        ClinicianId ??= (allocated ?? Me.Id).ToString();
        Purpose ??= allocated is null ? nameof(AppointmentPurpose.Assessment) : nameof(AppointmentPurpose.Treatment);
        Free = await FreeSlots.ReadAsync(
            Session,
            Me.HubId,
            clinicians,
            ClinicianId,
            Times,
            cancellationToken,
            hubs.HoursOf(Me.HubId)
        );
        DurationMinutes ??= Free.SlotMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
