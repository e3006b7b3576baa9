using System.Globalization;
using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

/// <summary>
/// The lead's adverse events: open ones with the response clock (overdue first), the form that logs one — the
/// validator and stream start of <c>POST /api/adverse-events</c> — and the form for the Hub's response targets
/// (<c>PUT /api/adverse-events/settings</c>).
/// </summary>
public sealed class AdverseEventsModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<LogAdverseEvent> validator,
    IValidator<ChangeAdverseEventSettings> targets
) : LeadListPage(session, clock)
{
    [BindProperty]
    public string? Department { get; set; }

    [BindProperty]
    public string? OccurredOn { get; set; }

    [BindProperty]
    public string? StaffInvolved { get; set; }

    /// <summary>The department's sector, picked from the partner sectors (optional).</summary>
    [BindProperty]
    public string? Sector { get; set; }

    public IReadOnlyList<AdverseEventRow> Open { get; private set; } = [];

    public int Closed { get; private set; }

    /// <summary>The Hub's targets as saved; the form below shows them, or what was typed when it had errors.</summary>
    public AdverseEventSettings Settings { get; private set; } = null!;

    /// <summary>The target for first contact, in hours (24 to 72).</summary>
    [BindProperty]
    public string? FirstContactTargetHours { get; set; }

    /// <summary>The check-in days after first contact, typed as a list like "7, 30".</summary>
    [BindProperty]
    public string? FollowUpDays { get; set; }

    private bool keepTyped;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new LogAdverseEvent(
            Department ?? "",
            AdverseEventWords.Day(OccurredOn),
            Words.Number(StaffInvolved) ?? 0,
            Words.Parse<Kernel.PartnerSector>(Sector)
        );
        if (
            Validate(validator, command)
            && await LoggingEndpoints.StartAsync(Session, command, Me.HubId, Times, cancellationToken) is var started
            && await StartedStream.SavedAsync(Session, started, ModelState, nameof(OccurredOn), cancellationToken)
        )
        {
            TempData["Done"] = "Adverse event logged: now assign a peer supporter.";
            return Redirect($"/clinic/adverse-events/{started.Id}");
        }

        return await ShowAgainAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        var command = new ChangeAdverseEventSettings(
            Words.Number(FirstContactTargetHours) ?? 0,
            AdverseEventWords.Days(FollowUpDays)
        );
        if (Validate(targets, command))
        {
            await LoggingEndpoints.SaveSettingsAsync(Session, Me.HubId, command, cancellationToken);
            TempData["Done"] = "Response targets saved: events logged from now on take them.";
            return RedirectToPage();
        }

        keepTyped = true;
        return await ShowAgainAsync(cancellationToken);
    }

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Settings = await AdverseEventStore.SettingsAsync(Session, Me.HubId, cancellationToken);
        if (!keepTyped)
        {
            FirstContactTargetHours = Settings.FirstContactTargetHours.ToString(CultureInfo.InvariantCulture);
            FollowUpDays = string.Join(", ", Settings.FollowUpDays);
        }

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
