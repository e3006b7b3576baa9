using System.Net;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.WhileWaiting;

/// <summary>
/// A referral taken by phone for someone without email, and its claim by the keyworker later: the online form's
/// validation, the staff member's own Hub, no account until a one-time code (expiring, single use, stored hashed)
/// joins the journey to one. An attacker's tries: a guessed code, a code used twice, another Hub's staff.
/// </summary>
public sealed partial class PhoneReferralTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly Dictionary<string, string> Dictated = new()
    {
        ["Referral.Name"] = "Pat Doyle",
        ["Referral.Phone"] = "07700 900456",
        ["Referral.Contact.Channels"] = "phone",
        ["Referral.Contact.SafeTimes"] = "evening",
        ["Referral.Contact.VoicemailOk"] = "false",
        ["Referral.Contact.MessagesNamingHubOk"] = "false",
        ["Referral.Sector"] = "CareHome",
        ["Referral.StaffGroup"] = "CareWorker",
        ["Referral.HeardFrom"] = "HubOutreach",
        ["Referral.AgeBand"] = "From55To64",
        ["Referral.Sex"] = "Female",
        ["Referral.EthnicityGroup"] = "NotStated",
        ["Referral.Disability"] = "No",
        ["Referral.HelpWith"] = "Lost two residents this month and cannot switch off.",
        ["Referral.ResearchContact"] = "false",
        ["ConsentReadOut"] = "true",
        ["Referral.HubId"] = "south", // posted by hand: the journey is still the staff member's Hub's
    };

    [Fact]
    public async Task A_clinician_takes_a_referral_by_phone_in_their_own_Hub_with_no_account()
    {
        var clinician = TestPrincipal.Clinician("north");

        var journeyId = await TakeAsync(clinician);

        var record = await Pages(clinician).GetAsync($"/clinic/journeys/{journeyId}");
        Assert.Contains("By phone, taken by Hub staff", record.Html, StringComparison.Ordinal);
        Assert.Contains("A Hub talk or outreach visit", record.Html, StringComparison.Ordinal);
        Assert.Contains("Give a claim code", record.Html, StringComparison.Ordinal);
        var journey = await LoadAsync(journeyId);
        Assert.Equal(("north", true), (journey.HubId, journey.AwaitingClaim));
    }

    [Fact]
    public async Task The_online_forms_rules_apply_and_consent_must_have_been_read_out()
    {
        var form = new Dictionary<string, string>(Dictated)
        {
            ["Referral.Name"] = "",
            ["ConsentReadOut"] = "",
            ["Referral.Contact.Channels"] = "email",
        };

        var sent = await Pages(TestPrincipal.Clinician("north")).SubmitAsync("/clinic/referrals/by-phone", form);

        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.True(sent.HasErrorFor("Referral.Name"));
        Assert.True(sent.HasErrorFor("ConsentReadOut"));
        Assert.True(sent.HasErrorFor("Referral.Email"));
        Assert.Contains("Enter the name you would like us to use.", sent.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_keyworker_claims_it_with_the_code_once_and_a_second_use_is_refused()
    {
        var clinician = TestPrincipal.Clinician("north");
        var journeyId = await TakeAsync(clinician);
        var code = await IssueAsync(clinician, journeyId);
        var keyworker = TestPrincipal.Keyworker();
        var thief = TestPrincipal.Keyworker();

        var claimed = await Pages(keyworker).SubmitAsync("/claim", new Dictionary<string, string> { ["Code"] = code });
        var again = await Pages(thief).SubmitAsync("/claim", new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal(HttpStatusCode.Redirect, claimed.Status);
        Assert.Contains("This code is not valid", again.Html, StringComparison.Ordinal);
        Assert.Equal(keyworker.Subject, (await LoadAsync(journeyId)).KeyworkerId);
        Assert.Contains(JourneyReference.Of(journeyId), (await Pages(keyworker).GetAsync("/my")).Html);
        Assert.DoesNotContain(JourneyReference.Of(journeyId), (await Pages(thief).GetAsync("/my")).Html);
        Assert.Equal(HttpStatusCode.OK, (await Pages(keyworker).GetAsync($"/my/journeys/{journeyId}/check-in")).Status);
    }

    [Fact]
    public async Task A_guessed_or_expired_code_is_refused_and_the_answer_never_says_which()
    {
        var clinician = TestPrincipal.Clinician("north");
        var journeyId = await TakeAsync(clinician);
        var code = await IssueAsync(clinician, journeyId);
        var keyworker = TestPrincipal.Keyworker();

        var guessed = await Pages(keyworker)
            .SubmitAsync("/claim", new Dictionary<string, string> { ["Code"] = "7KQ2-M9XD-4TRB-H1CV" });
        web.Clock.Advance(TimeSpan.FromDays(8));
        var expired = await Pages(keyworker).SubmitAsync("/claim", new Dictionary<string, string> { ["Code"] = code });

        Assert.Contains("This code is not valid", guessed.Html, StringComparison.Ordinal);
        Assert.Contains("This code is not valid", expired.Html, StringComparison.Ordinal);
        Assert.True((await LoadAsync(journeyId)).AwaitingClaim);
    }

    [Fact]
    public async Task When_no_account_can_be_made_the_code_is_not_used_up()
    {
        var clinician = TestPrincipal.Clinician("north");
        var journeyId = await TakeAsync(clinician);
        var code = await IssueAsync(clinician, journeyId);
        var anonymous = new PageClient(
            web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
        );

        var refused = await anonymous.SubmitAsync(
            "/claim",
            new Dictionary<string, string>
            {
                ["Code"] = code,
                ["Email"] = "pat@example.org",
                ["Password"] = "correct horse battery staple",
            }
        );
        var keyworker = TestPrincipal.Keyworker();
        var claimed = await Pages(keyworker).SubmitAsync("/claim", new Dictionary<string, string> { ["Code"] = code });

        Assert.True(refused.HasErrorFor("Password"));
        Assert.Equal(HttpStatusCode.Redirect, claimed.Status);
        Assert.Equal(keyworker.Subject, (await LoadAsync(journeyId)).KeyworkerId);
    }

    [Fact]
    public async Task Another_Hubs_clinician_cannot_issue_a_code_and_a_hub_admin_cannot_take_referrals()
    {
        var journeyId = await TakeAsync(TestPrincipal.Clinician("north"));
        var south = Pages(TestPrincipal.Clinician("south"));
        var version = await VersionAsync(journeyId);

        var opened = await south.GetAsync($"/clinic/journeys/{journeyId}/claim-code");
        var own = await Pages(TestPrincipal.Clinician("south")).GetAsync("/clinic/referrals/by-phone");
        var admin = await Pages(TestPrincipal.HubAdmin("north")).GetAsync("/clinic/referrals/by-phone");

        Assert.Equal(HttpStatusCode.NotFound, opened.Status);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Equal(HttpStatusCode.Forbidden, admin.Status);
        Assert.Equal(version, await VersionAsync(journeyId));
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.DoesNotContain(await session.Events.FetchStreamAsync(journeyId), e => e.Data is JourneyClaimCodeIssued);
    }

    private async Task<Guid> TakeAsync(TestPrincipal clinician)
    {
        var sent = await Pages(clinician).SubmitAsync("/clinic/referrals/by-phone", Dictated);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        return Guid.Parse(sent.Location!.ToString().Split('/')[^1]);
    }

    private async Task<string> IssueAsync(TestPrincipal clinician, Guid journeyId)
    {
        var staff = Pages(clinician);
        var issued = await staff.SubmitAsync(
            $"/clinic/journeys/{journeyId}/claim-code",
            new Dictionary<string, string>()
        );
        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        var record = await staff.GetAsync($"/clinic/journeys/{journeyId}");
        return Code().Match(record.Html).Groups[1].Value;
    }

    private async Task<Journey> LoadAsync(Guid id)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<Journey>(id))!;
    }

    private async Task<long> VersionAsync(Guid id) => (await LoadAsync(id)).Version;

    private PageClient Pages(TestPrincipal who) =>
        new(web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(who));

    [GeneratedRegex("Claim code ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})")]
    private static partial Regex Code();
}
