using FluentValidation;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Workshops.SchedulingWorkshop;

/// <summary>
/// The Hub's workshops with places booked and attended (counts; names are on each roster), and the form that
/// schedules one — the validator and stream start of <c>POST /api/workshops</c>.
/// </summary>
public sealed class WorkshopsModel(IDocumentSession session, ClinicClock clock, IValidator<ScheduleWorkshop> validator)
    : ClinicPage(session, clock)
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? DurationMinutes { get; set; } = "120";

    [BindProperty]
    public string? Mode { get; set; }

    [BindProperty]
    public string? Venue { get; set; }

    [BindProperty]
    public string? Capacity { get; set; } = "8";

    [BindProperty]
    public List<string> Sectors { get; set; } = [];

    [BindProperty]
    public string? Measure { get; set; }

    [BindProperty]
    public string? FacilitatorId { get; set; }

    public IReadOnlyList<Workshop> Workshops { get; private set; } = [];

    public IReadOnlyList<ClinicianProfile> Clinicians { get; private set; } = [];

    public IReadOnlyList<Choice> Facilitators => [.. Clinicians.Select(c => new Choice(c.Id.ToString(), c.Name))];

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        FacilitatorId ??= Me.Id.ToString();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var startsAt = DateAndTime(Date, Time);
        var command = new ScheduleWorkshop(
            Title ?? "",
            startsAt,
            Words.Number(DurationMinutes) ?? 0,
            Words.Parse<ContactMode>(Mode),
            Venue,
            Words.Number(Capacity) ?? 0,
            [.. Sectors.Select(Words.Parse<Sector>).OfType<Sector>()],
            Words.Parse<MeasureId>(Measure),
            Guid.TryParse(FacilitatorId, out var f) ? f : Guid.Empty
        );
        Validate(validator, command);
        ModelState.Remove(nameof(ScheduleWorkshop.StartsAt));
        if (ModelState.IsValid)
        {
            var (id, refusal) = await SchedulingEndpoints.StartAsync(
                Session,
                command,
                Me.HubId,
                Times.Now,
                cancellationToken
            );
            if (refusal is null)
            {
                await Session.SaveChangesAsync(cancellationToken);
                TempData["Done"] = "Workshop scheduled: it is on the public list of workshops now.";
                return Redirect($"/clinic/workshops/{id}");
            }

            ModelState.AddModelError(nameof(Date), refusal.Detail);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Workshops = await WorkshopStore.ForHubAsync(Session, Me.HubId, cancellationToken);
        Clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
    }
}
