using Hubs.Web.Features.Hubs;

namespace Hubs.Web.Pages.Refer;

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
            new("Name", draft.Name ?? "", "/Refer/AboutYou"),
            new("Email address", draft.Email ?? "", "/Refer/AboutYou"),
            new("Date of birth", draft.DateOfBirth?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "Not given", "/Refer/AboutYou"),
            new("Phone number", draft.Phone ?? "Not given", "/Refer/AboutYou"),
            new("Ways we may contact you", PreferenceChoices.Texts(PreferenceChoices.Channels, c.Channels), "/Refer/Contact"),
            new("Safe times to contact you", PreferenceChoices.Texts(PreferenceChoices.SafeTimes, c.SafeTimes), "/Refer/Contact"),
            new("Voicemail", PreferenceChoices.YesNoText(c.VoicemailOk), "/Refer/Contact"),
            new("Messages may mention the Hub", PreferenceChoices.YesNoText(c.MessagesNamingHubOk), "/Refer/Contact"),
            new("Hub", hubs.Hubs.FirstOrDefault(h => h.Id == draft.HubId)?.Name ?? "", "/Refer/Work"),
            new("Sector", Labels.Text(draft.Sector), "/Refer/Work"),
            new("Kind of work", Labels.Text(draft.StaffGroup), "/Refer/Work"),
            new("Organisation", draft.Organisation ?? "Not given", "/Refer/Work"),
            new("Age", Labels.Text(draft.AgeBand), "/Refer/Equality"),
            new("Sex", Labels.Text(draft.Sex), "/Refer/Equality"),
            new("Ethnic group", Labels.Text(draft.EthnicityGroup), "/Refer/Equality"),
            new("Disability or long-term condition", Labels.Text(draft.Disability), "/Refer/Equality"),
            new("What you would like help with", draft.HelpWith ?? "", "/Refer/Help"),
            new("How you could take part", PreferenceChoices.Texts(PreferenceChoices.Modes, s.Modes), "/Refer/Support"),
            new("Times outside office hours", OrNone(PreferenceChoices.Texts(PreferenceChoices.OutOfHours, s.OutOfHours)), "/Refer/Support"),
            new("Who supports you", OrNone(string.Join(". ", new[] { PreferenceChoices.Texts(PreferenceChoices.ClinicianCharacteristics, s.ClinicianCharacteristics), s.ClinicianDetails }.Where(t => !string.IsNullOrWhiteSpace(t)))), "/Refer/Support"),
            new("Consent to support", draft.ConsentToSupport ? "Yes" : "No", "/Refer/Consent"),
            new("Contact about research", PreferenceChoices.YesNoText(draft.ResearchContact), "/Refer/Consent"),
        ];
    }

    private static string OrNone(string text) => text.Length == 0 ? "None" : text;
}
