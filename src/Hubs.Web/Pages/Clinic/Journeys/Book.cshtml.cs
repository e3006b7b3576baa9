using FluentValidation;
using Hubs.Web.Features.Access;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Pages.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Pages.Clinic.Journeys;

/// <summary>Book an appointment: the same validator and decision as <c>POST /api/journeys/{id}/appointments</c>.</summary>
public sealed class BookModel(IDocumentSession session, ClinicClock clock, IValidator<BookAppointment> validator, HubDirectory hubs) : JourneyPage(session, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Purpose { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Time { get; set; }

    [BindProperty]
    public string? DurationMinutes { get; set; } = "50";

    [BindProperty(SupportsGet = true)]
    public string? Mode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ClinicianId { get; set; }

    public IReadOnlyList<Choice> Clinicians { get; private set; } = [];

    /// <summary>The chosen clinician's free out-of-hours slots this week and next, to book with one click.</summary>
    public IReadOnlyList<DiaryEntry> FreeSlots { get; private set; } = [];

    protected override string What => "booking-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var startsAt = Times.FromLocal(Date, Time);
        var command = new BookAppointment(
            Words.Parse<AppointmentPurpose>(Purpose), startsAt, Words.Number(DurationMinutes) ?? 0, Words.Parse<ContactMode>(Mode),
            Guid.TryParse(ClinicianId, out var clinician) ? clinician : null);
        if (startsAt is null)
        {
            ModelState.AddModelError(nameof(Date), "Enter the date and time, like 2026-12-01 and 18:30.");
        }

        Validate(validator, command);
        ModelState.Remove(nameof(BookAppointment.StartsAt));
        var appointmentId = Guid.CreateVersion7();
        return WriteAsync(
            (journey, relation) => BookAppointmentDecision.Decide(
                journey, command, appointmentId, Me.Id, Times.Now, hubs.HoursOf(journey.HubId), relation.HasFlag(Relations.HubLead)),
            $"Appointment booked for {(startsAt is null ? "" : Times.Show(startsAt.Value))}.",
            cancellationToken);
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
        Clinicians = clinicians.Select(c => new Choice(c.Id.ToString(), c.Name)).ToList();
        ClinicianId ??= (Journey.ClinicianId ?? Me.Id).ToString();
        Purpose ??= Journey.ClinicianId is null ? nameof(AppointmentPurpose.Assessment) : nameof(AppointmentPurpose.Treatment);
        var profile = clinicians.FirstOrDefault(c => c.Id.ToString() == ClinicianId);
        if (profile is not null)
        {
            var id = profile.Id;
            var journeys = await Session.Query<Journey>().Where(j => j.HubId == Me.HubId && j.Appointments.Any(a => a.ClinicianId == id)).ToListAsync(cancellationToken);
            var booked = journeys.SelectMany(j => j.Appointments.Where(a => a.ClinicianId == id).Select(a => (j.Id, a))).ToList();
            var now = Times.Local(Times.Now);
            var monday = DiaryWeek.MondayOf(DateOnly.FromDateTime(now));
            FreeSlots = DiaryWeek.Build(profile, booked, monday, Times.Local).Concat(DiaryWeek.Build(profile, booked, monday.AddDays(7), Times.Local))
                .Where(e => e.Appointment is null && e.LocalStart > now)
                .ToList();
        }
    }
}
