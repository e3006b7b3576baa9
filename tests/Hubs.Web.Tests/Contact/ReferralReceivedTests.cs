using Hubs.Testing;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// A referral sent from the pages is confirmed to the keyworker by the dispatcher, as their preferences allow:
/// the journey's short reference, when the Hub aims to contact them and where to get help sooner; nothing else.
/// </summary>
public sealed class ReferralReceivedTests(ContactWorld world) : IClassFixture<ContactWorld>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_confirmation_gives_the_reference_the_timescale_and_help_sooner(bool mayNameHub)
    {
        world.NextMondayMorning();
        var email = $"confirm.{Guid.NewGuid():N}@example.org";
        var journeyId = await SendAsync(email, mayNameHub);

        await Poll.UntilAsync(
            async () =>
            {
                await Dispatch.PassAsync(world);
                return Outbox.EmailsTo(world.Mail, email).Count > 0;
            },
            "the confirmation"
        );

        var seen = Outbox.Seen(Assert.Single(Outbox.EmailsTo(world.Mail, email)));
        Assert.Contains($"Your reference is {JourneyReference.Of(journeyId)}", seen, StringComparison.Ordinal);
        Assert.Contains("within 5 working days", seen, StringComparison.Ordinal);
        Assert.Contains("999", seen, StringComparison.Ordinal);
        Assert.Contains("111", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Robin", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Night shifts", seen, StringComparison.Ordinal);
        Assert.Equal(!mayNameHub, !seen.Contains("Hub", StringComparison.OrdinalIgnoreCase));
        var without = seen.Replace("North Resilience Hub", "", StringComparison.Ordinal);
        Assert.All(ContactWordingMarkerTests.ClinicalMarkers, marker =>
            Assert.DoesNotContain(marker, without, StringComparison.OrdinalIgnoreCase)
        );
    }

    private async Task<Guid> SendAsync(string email, bool mayNameHub)
    {
        await using var scope = world.Host!.Services.CreateAsyncScope();
        var drafts = scope.ServiceProvider.GetRequiredService<DraftStore>();
        var draft = new ReferralDraft
        {
            Id = Guid.NewGuid(),
            Name = "Robin Vale",
            Email = email,
            HubId = "north",
            Sector = global::Hubs.Web.Features.Codes.Sector.Health,
            StaffGroup = global::Hubs.Web.Features.Codes.StaffGroup.Nursing,
            HelpWith = "Night shifts.",
            ConsentToSupport = true,
            ResearchContact = false,
            Contact = new ContactSafety
            {
                Channels = ["email"],
                SafeTimes = ["morning", "afternoon"],
                VoicemailOk = false,
                MessagesNamingHubOk = mayNameHub,
            },
        };
        await drafts.SaveAsync(draft, CancellationToken.None);
        var screeningId = await scope
            .ServiceProvider.GetRequiredService<ReferralSubmission>()
            .SendAsync(draft, Guid.NewGuid(), CancellationToken.None);
        return (await drafts.Session.LoadAsync<ScreeningDraft>(screeningId))!.JourneyId;
    }
}
