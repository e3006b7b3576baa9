using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Events;
using static Hubs.Web.Tests.Contact.Policies;

namespace Hubs.Web.Tests.Contact;

/// <summary>The notice of an appointment cancelled at discharge follows the same preferences as a reminder.</summary>
public sealed class CancellationNoticePolicyTests
{
    private static readonly ContactRequest Notice = new(
        MessageKind.CancellationNotice,
        MondayTenAm.AddDays(2),
        ContactMode.Phone
    );

    [Fact]
    public void It_goes_by_the_allowed_channels_and_says_only_the_time_was_cancelled()
    {
        var plan = Plan(Allowing(ContactChannel.Text), Notice, MondayTenAm);

        var text = Assert.Single(plan.Contacts);
        Assert.Equal(ContactChannel.Text, text.Channel);
        Assert.Contains(
            "Wednesday 25 November at 10:00am (by phone) has been cancelled",
            text.Text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Discreet_wording_does_not_name_the_Hub_or_why()
    {
        var plan = Plan(Allowing(ContactChannel.Email) with { MayNameHub = false }, Notice, MondayTenAm);

        var email = Assert.Single(plan.Contacts);
        Assert.DoesNotContain(HubName, email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("support", email.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Nothing_is_sent_to_someone_who_opted_out_of_reminders_or_once_the_time_has_passed()
    {
        Assert.NotNull(
            Plan(Allowing(ContactChannel.Email) with { RemindersWanted = false }, Notice, MondayTenAm).NotSent
        );
        Assert.NotNull(Plan(Allowing(ContactChannel.Email), Notice, MondayTenAm.AddDays(3)).NotSent);
    }
}
