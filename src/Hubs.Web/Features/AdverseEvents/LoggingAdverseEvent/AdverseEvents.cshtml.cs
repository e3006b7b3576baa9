using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

/// <summary>
/// The lead's adverse events: open ones with the response clock (overdue first), and the form that logs one —
/// the validator and stream start of <c>POST /api/adverse-events</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public sealed class AdverseEventsModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<LogAdverseEvent> validator
) : ClinicPage(session, clock)
{
    [BindProperty]
    public string? Department { get; set; }

    [BindProperty]
    public string? OccurredOn { get; set; }

    [BindProperty]
    public string? StaffInvolved { get; set; }

    public IReadOnlyList<AdverseEventRow> Open { get; private set; } = [];

    public int Closed { get; private set; }

    public AdverseEventSettings Settings { get; private set; } = null!;

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new LogAdverseEvent(
            Department ?? "",
            AdverseEventWords.Day(OccurredOn),
            Words.Number(StaffInvolved) ?? 0
        );
        Validate(validator, command);
        if (ModelState.IsValid)
        {
            var (id, refusal) = await LoggingEndpoints.StartAsync(Session, command, Me.HubId, Times, cancellationToken);
            if (refusal is null)
            {
                await Session.SaveChangesAsync(cancellationToken);
                TempData["Done"] = "Adverse event logged: now assign a peer supporter.";
                return Redirect($"/clinic/adverse-events/{id}");
            }

            ModelState.AddModelError(nameof(OccurredOn), refusal.Detail);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Settings = await AdverseEventStore.SettingsAsync(Session, Me.HubId, cancellationToken);
        var register = await AdverseEventStore.RegisterAsync(Session, Me.HubId, cancellationToken);
        var events = await AdverseEventStore.EventsAsync(Session, Me.HubId, cancellationToken);
        Open =
        [
            .. events
                .Where(e => e.IsOpen)
                .Select(e => AdverseEventRow.Of(e, register, Times.Now))
                .OrderByDescending(r => r.Next.Overdue)
                .ThenBy(r => r.Next.DueAt),
        ];
        Closed = events.Count - Open.Count;
    }
}
