using System.Security.Claims;
using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// One assigned event for its peer supporter: record first contact, each check-in, and a hand-over code into the
/// self-referral — the validators and decisions of the peer support API. Another's event is not found.
/// </summary>
[Authorize(Policy = HubsPolicies.PeerSupporter)]
public sealed class SupportModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordFirstContact> contacts,
    IValidator<RecordFollowUp> followUps
) : StreamPage<PeerSupportCaller, AdverseEvent>(session, clock)
{
    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Time { get; set; }

    [BindProperty]
    public string? DayMark { get; set; }

    public AdverseEvent Event { get; private set; } = null!;

    public ResponseDue Next => ResponseClock.Next(Event, Times.Now);

    protected override string Noun => "event";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordFirstContact(DateAndTime(Date, Time));
        Validate(contacts, command);
        ModelState.Remove(nameof(RecordFirstContact.ContactedAt));
        return WriteAsync(
            e => SupportDecisions.RecordFirstContact(e, command, Times.Now),
            "First contact recorded.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostFollowUpAsync(CancellationToken cancellationToken)
    {
        var command = new RecordFollowUp(int.TryParse(DayMark, out var day) ? day : 0, DateAndTime(Date, Time));
        Validate(followUps, command);
        ModelState.Remove(nameof(RecordFollowUp.CheckedInAt));
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

    protected override Task<PeerSupportCaller?> CallerAsync(
        ClaimsPrincipal user,
        CancellationToken cancellationToken
    ) => PeerSupportCaller.FromPrincipalAsync(user, Session, HubChoice.Of(HttpContext), cancellationToken);

    protected override bool Sees(AdverseEvent state) => Me.Supports(state);

    protected override Task<bool> ShowAsync(AdverseEvent state, CancellationToken cancellationToken)
    {
        Event = state;
        return Task.FromResult(true);
    }

    protected override void Opened(AdverseEvent state) => (Date, Time) = Times.ToFields(Times.Now);
}
