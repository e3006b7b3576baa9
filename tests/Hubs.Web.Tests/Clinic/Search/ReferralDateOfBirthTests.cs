using System.Net;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>
/// The date of birth staff search by: optional on the referral's "About you" step, a real date in the past.
/// </summary>
public sealed class ReferralDateOfBirthTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task A_keyworker_may_give_a_date_of_birth_which_must_be_real_and_in_the_past()
    {
        var anonymous = clinic.As((Hubs.Testing.Auth.TestPrincipal?)null);
        var started = await anonymous.PostAsync(
            "/refer/start",
            (await anonymous.GetAsync("/")).Html,
            new Dictionary<string, string>()
        );
        var aboutYou = started.Location!.ToString();
        var fields = new Dictionary<string, string>
        {
            ["Name"] = "Robin",
            ["Email"] = "robin@example.org",
            ["Phone"] = "",
            ["BornDay"] = "30",
            ["BornMonth"] = "2",
            ["BornYear"] = "1984",
        };
        var impossible = await anonymous.SubmitAsync(aboutYou, fields);
        Assert.Equal(HttpStatusCode.OK, impossible.Status);
        Assert.Contains("Your date of birth must be a real date", impossible.Html, StringComparison.Ordinal);

        fields["BornYear"] = "2990";
        fields["BornDay"] = "1";
        Assert.Contains(
            "Date of birth must be in the past and after 1900.",
            (await anonymous.SubmitAsync(aboutYou, fields)).Html,
            StringComparison.Ordinal
        );

        (fields["BornDay"], fields["BornMonth"], fields["BornYear"]) = ("15", "3", "1984");
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.SubmitAsync(aboutYou, fields)).Status);
        var again = (await anonymous.GetAsync(aboutYou)).Html;
        Assert.Contains(
            "name=\"BornYear\" type=\"text\" inputmode=\"numeric\" value=\"1984\"",
            again,
            StringComparison.Ordinal
        );
    }
}
