using FluentValidation;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// One assigned event for its peer supporter: record first contact, each check-in, and a hand-over code into the
/// self-referral — the validators and decisions of the peer support API. Another's event is not found.
/// </summary>
public sealed class SupportModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordFirstContact> contacts,
    IValidator<RecordFollowUp> followUps
) : PeerSupportPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? DayMark { get; set; }

    public AdverseEvent Event { get; private set; } = null!;

    public ResponseDue Next => ResponseClock.Next(Event, Times.Now);

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Event.Version;
        (Date, Time) = Times.ToFields(Times.Now);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordFirstContact(At());
        Validate(contacts, command);
        return WriteAsync(
            e => SupportDecisions.RecordFirstContact(e, command, Times.Now),
            "First contact recorded.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostFollowUpAsync(CancellationToken cancellationToken)
    {
        var command = new RecordFollowUp(int.TryParse(DayMark, out var day) ? day : 0, At());
        Validate(followUps, command);
        return WriteAsync(
            e => SupportDecisions.RecordFollowUp(e, command, Times.Now),
            $"{AdverseEventWords.CheckIn(command.DayMark)} recorded.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostHandOverAsync(CancellationToken cancellationToken)
    {
        var code = HandOverCode.New();
        return WriteAsync(
            e => SupportDecisions.OfferHandOver(e, code, Times.Now),
            $"Hand-over code {code}: they enter it on the self-referral at {HandOverCode.SelfReferralPath(code)}.",
            cancellationToken
        );
    }

    private DateTimeOffset? At()
    {
        var at = Times.FromLocal(Date, Time);
        if (at is null)
        {
            ModelState.AddModelError(nameof(Date), "Enter the date and time, like 2026-12-01 and 13:00.");
        }

        return at;
    }

    private async Task<IActionResult> WriteAsync(
        Func<AdverseEvent, Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        ModelState.Remove(nameof(RecordFirstContact.ContactedAt));
        ModelState.Remove(nameof(RecordFollowUp.CheckedInAt));
        if (ModelState.IsValid)
        {
            var outcome = await StreamAppend.TryAsync(Session, Id, Version, Me.Supports, decide, cancellationToken);
            switch (outcome.Status)
            {
                case AppendStatus.Written:
                    TempData["Done"] = done;
                    return RedirectToPage();
                case AppendStatus.NotFound:
                    return NotFound();
                case AppendStatus.Stale:
                    ModelState.AddModelError(
                        FormKey,
                        "This event changed while you were typing. Check it and save again."
                    );
                    break;
                default:
                    ModelState.AddModelError(FormKey, outcome.Refusal!.Detail);
                    break;
            }
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var adverse = await Session.LoadAsync<AdverseEvent>(Id, cancellationToken);
        if (adverse is null || !Me.Supports(adverse))
        {
            return false;
        }

        Event = adverse;
        return true;
    }
}
