using System.Text;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Staff of south with the Hub switcher's cookie set by hand to north, the matrix journey's Hub: every staff page
/// (the workspace, hub admin's, peer support's and the chooser) answers 403 and names nothing of north; every other
/// page answers as <see cref="TwoHubsMatrix"/> says it does without the cookie.
/// </summary>
public sealed class TwoHubsTamperedChoiceTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly string[] StaffPaths = ["/clinic", "/hub-admin", "/peer-support", "/choose-hub"];

    [Fact]
    public async Task Staff_of_south_choosing_north_by_hand_see_nothing_of_north()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var journey = await MatrixSetup.ArrangeAsync(web.Client, cast);
        TestPrincipal[] south =
        [
            TestPrincipal.Person("clinician", ["south"], cast.Clinician.Subject),
            TestPrincipal.HubLead("south"),
            TestPrincipal.HubAdmin("south"),
        ];
        var wrong = new StringBuilder();
        foreach (var (route, path, expected) in PageMatrix.Entries)
        {
            var staffPage = StaffPaths.Any(p => route == p || route.StartsWith(p + "/", StringComparison.Ordinal));
            var want = staffPage ? "FFF" : TwoHubsMatrix.Page(route, expected);
            var got = new StringBuilder();
            foreach (var who in south)
            {
                var client = web.Host.CreateClient(
                    new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }
                );
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path(journey), UriKind.Relative));
                request.Headers.Add("Cookie", "hubs-hub=north");
                using var response = await client.As(who).SendAsync(request);
                got.Append(PageAccess.Of(response));
                var text = await response.Content.ReadAsStringAsync();
                foreach (var id in new[] { journey.Id, journey.AppointmentId, journey.ServiceId })
                {
                    if (
                        !path(journey).Contains(id.ToString(), StringComparison.Ordinal)
                        && text.Contains(id.ToString(), StringComparison.Ordinal)
                    )
                    {
                        wrong.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{route}: names {id}");
                    }
                }
            }

            if (got.ToString() != want)
            {
                wrong.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{route}: want {want}, got {got}");
            }
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }
}
