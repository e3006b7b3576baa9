using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>How and when it is safe to contact the person (kept in the draft until the event carries it).</summary>
public sealed class ContactModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator)
    : ReferralStep(drafts, validator)
{
    [BindProperty]
    public List<string> Channels { get; set; } = [];

    [BindProperty]
    public List<string> SafeTimes { get; set; } = [];

    [BindProperty]
    public bool? VoicemailOk { get; set; }

    [BindProperty]
    public bool? MessagesNamingHubOk { get; set; }

    protected override string NextPage => "/Journeys/SubmittingSelfReferral/Work";

    protected override string PreviousPage => "/Journeys/SubmittingSelfReferral/AboutYou";

    protected override void Show(ReferralDraft draft) =>
        (Channels, SafeTimes, VoicemailOk, MessagesNamingHubOk) = (
            draft.Contact.Channels,
            draft.Contact.SafeTimes,
            draft.Contact.VoicemailOk,
            draft.Contact.MessagesNamingHubOk
        );

    protected override void Apply(ReferralDraft draft) =>
        draft.Contact = new ContactSafety
        {
            Channels = [.. KeyworkerWords.Channels.Select(c => c.Value).Intersect(Channels)],
            SafeTimes = [.. KeyworkerWords.SafeTimes.Select(c => c.Value).Intersect(SafeTimes)],
            VoicemailOk = VoicemailOk,
            MessagesNamingHubOk = MessagesNamingHubOk,
        };

    protected override void Check(ReferralDraft draft)
    {
        var contact = draft.Contact;
        if (contact.Channels.Count == 0)
        {
            ModelState.AddModelError(nameof(Channels), "Choose at least one way we may contact you.");
        }
        else if (contact.Channels.Any(c => c is "phone" or "text") && string.IsNullOrWhiteSpace(draft.Phone))
        {
            ModelState.AddModelError(
                nameof(Channels),
                "To be called or texted, go back and add a phone number, or choose email only."
            );
        }

        if (contact.SafeTimes.Count == 0)
        {
            ModelState.AddModelError(nameof(SafeTimes), "Choose at least one time when it is safe to contact you.");
        }

        if (contact.VoicemailOk is null)
        {
            ModelState.AddModelError(nameof(VoicemailOk), "Say whether we may leave a voicemail.");
        }

        if (contact.MessagesNamingHubOk is null)
        {
            ModelState.AddModelError(nameof(MessagesNamingHubOk), "Say whether our messages may mention the Hub.");
        }
    }
}
