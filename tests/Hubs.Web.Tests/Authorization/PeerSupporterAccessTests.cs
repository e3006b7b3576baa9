using System.Text;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Tests.AdverseEvents;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The peer-supporter role against every API endpoint and every page (<see cref="PeerSupporterMatrix"/>), with real
/// events: one assigned to the peer supporter, one to a colleague of the same Hub; and a peer supporter of another Hub.
/// </summary>
public sealed class PeerSupporterAccessTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_peer_supporter_reaches_only_their_assigned_events_and_nothing_else_of_the_hub()
    {
        await using (var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            await ClinicianSeed.SeedAsync(session, ["north", "south"], CancellationToken.None);
        }

        var journey = await MatrixSetup.ArrangeAsync(
            web.Client,
            new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"))
        );
        var lead = Staff.Lead();
        TestPrincipal[] peers =
        [
            TestPrincipal.Person("peer-supporter", ["north"], null),
            TestPrincipal.Person("peer-supporter", ["north"], null),
            TestPrincipal.Person("peer-supporter", ["south"], null),
        ];
        var mine = await PeerSupportArrange.AssignedEventAsync(web.Client, lead, peers[0].Subject);
        var colleagues = await PeerSupportArrange.AssignedEventAsync(web.Client, lead, peers[1].Subject);
        var wrong = new StringBuilder();

        foreach (var entry in Matrix.Entries)
        {
            var (path, expected) = PeerSupporterMatrix.Api.TryGetValue(entry.Key, out var row)
                ? (row.Path(mine), row.Expected)
                : (entry.Path(journey), PeerSupporterMatrix.ForPage(entry.Expected));
            var got = new StringBuilder();
            foreach (var peer in peers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(entry.Method), path).SignedAs(peer);
                if (entry.Body(journey) is { } body)
                {
                    request.Content = System.Net.Http.Json.JsonContent.Create(body);
                    request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
                }

                using var response = await web.Client.SendAsync(request);
                got.Append(AccessCodes.Of(response.StatusCode).ToString()[0]);
                var text = await response.Content.ReadAsStringAsync();
                if (peer != peers[1] && text.Contains(colleagues.ToString(), StringComparison.Ordinal))
                {
                    wrong.AppendLine(
                        System.Globalization.CultureInfo.InvariantCulture,
                        $"{entry.Key}: shows the colleague's event"
                    );
                }
            }

            Expect(wrong, entry.Key, expected, got.ToString());
        }

        foreach (var (route, pathOf, everyone) in PageMatrix.Entries)
        {
            var (path, expected) = PeerSupporterMatrix.Pages.TryGetValue(route, out var row)
                ? (row.Path(mine), row.Expected)
                : (pathOf(journey), PeerSupporterMatrix.ForPage(everyone));
            var got = new StringBuilder();
            foreach (var peer in peers)
            {
                var client = web.Host.CreateClient(
                    new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }
                );
                got.Append(PageAccess.Of(await client.As(peer).GetAsync(new Uri(path, UriKind.Relative))));
            }

            Expect(wrong, route, expected, got.ToString());
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    private static void Expect(StringBuilder wrong, string key, string expected, string got)
    {
        if (got != expected)
        {
            wrong.AppendLine(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{key}: expected {expected}, got {got}"
            );
        }
    }
}
