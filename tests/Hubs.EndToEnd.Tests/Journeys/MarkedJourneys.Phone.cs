using System.Net;
using System.Text.RegularExpressions;
using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

/// <summary>
/// Issue 20: a referral taken by phone on the clinic page, a marker in every personal field; the keyworker claims it
/// with the code the clinician gives and answers a waiting-well check-in with the self-harm question. The referral
/// is the only milestone; the claim code, the claim, the check-in and its risk flag never leave the clinical side.
/// </summary>
public sealed partial class MarkedJourneys
{
    public async Task PhoneReferredAsync(string marker, PageClient clinician, PageClient keyworker)
    {
        ArgumentNullException.ThrowIfNull(clinician);
        ArgumentNullException.ThrowIfNull(keyworker);
        var taken = await clinician.SubmitAsync(
            "/clinic/referrals/by-phone",
            new Dictionary<string, string>
            {
                ["Referral.Name"] = $"Name{marker}",
                ["Referral.Phone"] = "07700 900777",
                ["Referral.Organisation"] = $"Org{marker}",
                ["Referral.Contact.Channels"] = "phone",
                ["Referral.Contact.SafeTimes"] = "evening",
                ["Referral.Contact.VoicemailOk"] = "false",
                ["Referral.Contact.MessagesNamingHubOk"] = "false",
                ["Referral.Sector"] = "Police",
                ["Referral.StaffGroup"] = "PoliceStaff",
                ["Referral.HeardFrom"] = "Manager",
                ["Referral.AgeBand"] = "From45To54",
                ["Referral.Sex"] = "Male",
                ["Referral.EthnicityGroup"] = "Asian",
                ["Referral.Disability"] = "NotStated",
                ["Referral.HelpWith"] = $"Help{marker} after a fatal collision.",
                ["Referral.ResearchContact"] = "false",
                ["ConsentReadOut"] = "true",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, taken.Status);
        var id = Guid.Parse(taken.Location!.ToString().Split('/')[^1]);
        Ids.Add(id.ToString());
        await CountAsync(true);
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await clinician.SubmitAsync($"/clinic/journeys/{id}/claim-code", new Dictionary<string, string>())).Status
        );
        await CountAsync(false);
        var record = await clinician.GetAsync($"/clinic/journeys/{id}");
        var code = ClaimCode().Match(record.Html).Groups[1].Value;
        var claimed = await keyworker.SubmitAsync("/claim", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, claimed.Status);
        await CountAsync(false);
        var checkedIn = await keyworker.SubmitAsync(
            $"/my/journeys/{id}/check-in",
            new Dictionary<string, string>
            {
                ["Coping"] = "Worse",
                ["ContactSooner"] = "true",
                ["Safety"] = "1",
            }
        );
        Assert.Contains("Thank you for checking in", checkedIn.Html, StringComparison.Ordinal);
        await CountAsync(false);
        await CountAsync(false);
    }

    [GeneratedRegex("Claim code ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})")]
    private static partial Regex ClaimCode();
}
