using Hubs.Web.Features.Hubs;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>One answer on check your answers, with the step that asks it.</summary>
public sealed record AnswerRow(string Question, string Answer, string StepPage);

/// <summary>The draft as the person will recognise it: their own words and the choices they made.</summary>
public static class AnswerRows
{
    public static IReadOnlyList<AnswerRow> For(ReferralDraft draft, HubDirectory hubs)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(hubs);
        var c = draft.Contact;
        var s = draft.Support;
        return
        [
            new("Name", draft.Name ?? "", "/Journeys/SubmittingSelfReferral/AboutYou"),
            new("Email address", draft.Email ?? "", "/Journeys/SubmittingSelfReferral/AboutYou"),
            new(
                "Date of birth",
                draft.DateOfBirth?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))
                    ?? "Not given",
                "/Journeys/SubmittingSelfReferral/AboutYou"
            ),
            new("Phone number", draft.Phone ?? "Not given", "/Journeys/SubmittingSelfReferral/AboutYou"),
            new(
                "Ways we may contact you",
                KeyworkerWords.Texts(KeyworkerWords.Channels, c.Channels),
                "/Journeys/SubmittingSelfReferral/Contact"
            ),
            new(
                "Safe times to contact you",
                KeyworkerWords.Texts(KeyworkerWords.SafeTimes, c.SafeTimes),
                "/Journeys/SubmittingSelfReferral/Contact"
            ),
            new("Voicemail", KeyworkerWords.YesNoText(c.VoicemailOk), "/Journeys/SubmittingSelfReferral/Contact"),
            new(
                "Messages may mention the Hub",
                KeyworkerWords.YesNoText(c.MessagesNamingHubOk),
                "/Journeys/SubmittingSelfReferral/Contact"
            ),
            new(
                "Hub",
                hubs.Hubs.FirstOrDefault(h => h.Id == draft.HubId)?.Name ?? "",
                "/Journeys/SubmittingSelfReferral/Work"
            ),
            new("Sector", KeyworkerWords.OfAnswer(draft.Sector), "/Journeys/SubmittingSelfReferral/Work"),
            new("Kind of work", KeyworkerWords.OfAnswer(draft.StaffGroup), "/Journeys/SubmittingSelfReferral/Work"),
            new("Organisation", draft.Organisation ?? "Not given", "/Journeys/SubmittingSelfReferral/Work"),
            new(
                "How you heard about the Hub",
                KeyworkerWords.HeardFromText(draft.HeardFrom),
                "/Journeys/SubmittingSelfReferral/Work"
            ),
            new("Age", KeyworkerWords.OfAnswer(draft.AgeBand), "/Journeys/SubmittingSelfReferral/Equality"),
            new("Sex", KeyworkerWords.OfAnswer(draft.Sex), "/Journeys/SubmittingSelfReferral/Equality"),
            new(
                "Ethnic group",
                KeyworkerWords.OfAnswer(draft.EthnicityGroup),
                "/Journeys/SubmittingSelfReferral/Equality"
            ),
            new(
                "Disability or long-term condition",
                KeyworkerWords.OfAnswer(draft.Disability),
                "/Journeys/SubmittingSelfReferral/Equality"
            ),
            new("What you would like help with", draft.HelpWith ?? "", "/Journeys/SubmittingSelfReferral/Help"),
            new(
                "How you could take part",
                KeyworkerWords.Texts(KeyworkerWords.Modes, s.Modes),
                "/Journeys/SubmittingSelfReferral/Support"
            ),
            new(
                "Times outside office hours",
                OrNone(KeyworkerWords.Texts(KeyworkerWords.OutOfHours, s.OutOfHours)),
                "/Journeys/SubmittingSelfReferral/Support"
            ),
            new(
                "Who supports you",
                OrNone(
                    string.Join(
                        ". ",
                        new[]
                        {
                            KeyworkerWords.Texts(KeyworkerWords.ClinicianCharacteristics, s.ClinicianCharacteristics),
                            s.ClinicianDetails,
                        }.Where(t => !string.IsNullOrWhiteSpace(t))
                    )
                ),
                "/Journeys/SubmittingSelfReferral/Support"
            ),
            new(
                "Consent to support",
                draft.ConsentToSupport ? "Yes" : "No",
                "/Journeys/SubmittingSelfReferral/Consent"
            ),
            new(
                "Contact about research",
                KeyworkerWords.YesNoText(draft.ResearchContact),
                "/Journeys/SubmittingSelfReferral/Consent"
            ),
        ];
    }

    private static string OrNone(string text) => text.Length == 0 ? "None" : text;
}
