using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Events;
using static Hubs.Web.Tests.Contact.Policies;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// Marker test over every message the policy can write: no clinical content ever, and for keyworkers who
/// asked for discretion, not the Hub's name either.
/// </summary>
public sealed class ContactWordingMarkerTests
{
    /// <summary>Words that would say what the contact is about.</summary>
    public static readonly string[] ClinicalMarkers =
    [
        "mental",
        "health",
        "therap",
        "counsel",
        "psycholog",
        "psychiatr",
        "wellbeing",
        "well-being",
        "anxiety",
        "depress",
        "trauma",
        "ptsd",
        "stress",
        "crisis",
        "assessment",
        "treatment",
        "session",
        "clinic",
        "phq",
        "gad",
        "score",
        "risk",
        "self-harm",
        "suicid",
        "cbt",
        "emdr",
        "support",
    ];

    public static IEnumerable<object[]> Everything() =>
        from kind in new[]
        {
            MessageKind.AppointmentReminder,
            MessageKind.NewMessageNotice,
            MessageKind.ReferralReceived,
        }
        from discreet in new[] { true, false }
        from mode in Enum.GetValues<global::Hubs.Web.Features.Codes.ContactMode>()
        select new object[] { kind, discreet, mode };

    [Theory]
    [MemberData(nameof(Everything))]
    public void Messages_carry_no_clinical_content_and_discreet_ones_no_Hub_name(
        MessageKind kind,
        bool discreet,
        global::Hubs.Web.Features.Codes.ContactMode mode
    )
    {
        var preferences = Allowing(ContactChannel.Email, ContactChannel.Text) with { MayNameHub = !discreet };
        var request = new ContactRequest(kind, MondayTenAm.AddDays(2), mode);

        var contacts = Plan(preferences, request, MondayTenAm).Contacts;

        Assert.Equal(2, contacts.Count);
        foreach (var words in contacts.SelectMany(c => new[] { c.Subject, c.Text }).OfType<string>())
        {
            var without = words.Replace(HubName, "", StringComparison.Ordinal);
            Assert.All(ClinicalMarkers, marker =>
                Assert.DoesNotContain(marker, without, StringComparison.OrdinalIgnoreCase)
            );
            if (discreet)
            {
                Assert.DoesNotContain("hub", words, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
