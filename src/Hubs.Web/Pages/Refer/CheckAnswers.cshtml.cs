using FluentValidation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Pages.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.Refer;

/// <summary>
/// Check your answers, then submit: the same decision and stream start as <c>POST /api/journeys</c>, with the
/// preferences and an empty screening saved in the same transaction and the draft destroyed.
/// </summary>
public sealed class CheckAnswersModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator, HubDirectory hubs, TimeProvider clock)
    : PageModel
{
    [FromRoute]
    public Guid DraftId { get; set; }

    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Refer/Expired");
        }

        Rows = AnswerRows.For(draft, hubs);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Refer/Expired");
        }

        var command = draft.ToCommand();
        if (!Complete(draft, validator.Validate(command)))
        {
            Rows = AnswerRows.For(draft, hubs);
            return Page();
        }

        var journeyId = Guid.CreateVersion7();
        var session = drafts.Session;
        session.Events.StartStream<Journey>(journeyId, SubmitSelfReferralDecision.Decide(command, journeyId, clock.GetUtcNow()));
        session.Store(new ReferralPreferences { Id = journeyId, Contact = draft.Contact, Support = draft.Support });
        var screening = new ScreeningDraft { Id = Guid.NewGuid(), JourneyId = journeyId };
        session.Store(screening);
        session.Delete<ReferralDraft>(draft.Id);
        await session.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Refer/Sent", new { screeningId = screening.Id });
    }

    /// <summary>Anything missing (a step skipped by address) is listed, each linking to the step that asks it.</summary>
    private bool Complete(ReferralDraft draft, FluentValidation.Results.ValidationResult rules)
    {
        var missing = rules.Errors.Select(e => (Key: e.PropertyName, e.ErrorMessage)).ToList();
        if (draft.Contact.Channels.Count == 0 || draft.Contact.SafeTimes.Count == 0)
        {
            missing.Add(("Contact", "Tell us how and when it is safe to contact you."));
        }

        if (draft.Support.Modes.Count == 0)
        {
            missing.Add(("Modes", "Tell us how you could take part in support."));
        }

        var links = new Dictionary<string, string>();
        foreach (var (key, message) in missing)
        {
            ModelState.AddModelError(key, message);
            links[key] = Url.Page(StepOf(key), new { DraftId, change = true }) ?? "";
        }

        ViewData["ErrorLinks"] = links;
        return missing.Count == 0;
    }

    private static string StepOf(string key) => key switch
    {
        "Name" or "Email" or "Phone" => "/Refer/AboutYou",
        "Contact" => "/Refer/Contact",
        "HubId" or "Sector" or "StaffGroup" or "Organisation" => "/Refer/Work",
        "HelpWith" => "/Refer/Help",
        "Modes" => "/Refer/Support",
        "ConsentToSupport" => "/Refer/Consent",
        _ => "/Refer/Equality",
    };
}
