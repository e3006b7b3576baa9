using FluentValidation.Results;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>An answer a referral still needs, and the step that asks for it.</summary>
public sealed record MissingAnswer(string Key, string Message, string StepPage);

/// <summary>
/// What stops a draft being sent: the referral's own rules plus the contact and support answers the pages
/// require. A step can be skipped by typing an address, so check your answers looks again.
/// </summary>
public static class MissingAnswers
{
    public static IReadOnlyList<MissingAnswer> Of(ReferralDraft draft, ValidationResult rules)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(rules);
        var missing = rules
            .Errors.Select(e => new MissingAnswer(e.PropertyName, e.ErrorMessage, StepOf(e.PropertyName)))
            .ToList();
        if (draft.Contact.Channels.Count == 0 || draft.Contact.SafeTimes.Count == 0)
        {
            missing.Add(
                new(
                    "Contact",
                    "Tell us how and when it is safe to contact you.",
                    "/Journeys/SubmittingSelfReferral/Contact"
                )
            );
        }

        if (draft.Support.Modes.Count == 0)
        {
            missing.Add(
                new("Modes", "Tell us how you could take part in support.", "/Journeys/SubmittingSelfReferral/Support")
            );
        }

        return missing;
    }

    private static string StepOf(string key) =>
        key switch
        {
            "Name" or "Email" or "Phone" => "/Journeys/SubmittingSelfReferral/AboutYou",
            "HubId" or "Sector" or "StaffGroup" or "Organisation" => "/Journeys/SubmittingSelfReferral/Work",
            "HelpWith" => "/Journeys/SubmittingSelfReferral/Help",
            "ConsentToSupport" => "/Journeys/SubmittingSelfReferral/Consent",
            _ when key.StartsWith("Contact", StringComparison.Ordinal) => "/Journeys/SubmittingSelfReferral/Contact",
            _ => "/Journeys/SubmittingSelfReferral/Equality",
        };
}
