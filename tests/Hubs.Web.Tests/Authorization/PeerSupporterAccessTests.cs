using System.Text;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Tests.AdverseEvents;
using Hubs.Web.Tests.GroupSupport;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The peer-supporter role against every API endpoint and every page (<see cref="PeerSupporterMatrix"/>), with real
/// events and series: one of each assigned to the peer supporter, one of each to a colleague of the same Hub; and a
/// peer supporter of another Hub. No answer to anyone but the colleague, page or API, names the colleague's.
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
        var mine = await ArrangeAsync(lead, peers[0]);
        var colleagues = await ArrangeAsync(lead, peers[1]);
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
                Leaks(wrong, entry.Key, peer != peers[1], await response.Content.ReadAsStringAsync(), colleagues);
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
                using var response = await client.As(peer).GetAsync(new Uri(path, UriKind.Relative));
                got.Append(PageAccess.Of(response));
                Leaks(wrong, route, peer != peers[1], await response.Content.ReadAsStringAsync(), colleagues);
            }

            Expect(wrong, route, expected, got.ToString());
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    /// <summary>
    /// An event assigned to <paramref name="peer"/>, and a series they facilitate with a meeting that has started.
    /// </summary>
    private async Task<PeerCase> ArrangeAsync(Staff lead, TestPrincipal peer)
    {
        var supporter = await PeerSupportArrange.RegisterAsync(web.Client, lead, peer.Subject);
        var adverse = await PeerSupportArrange.EventAssignedToAsync(web.Client, lead, supporter);
        var series = await GroupSeriesArrange.StartAsync(
            web.Client,
            lead,
            GroupSeriesArrange.Series("peer-supporter", supporter)
        );
        var meeting = await GroupSeriesArrange.ScheduleAsync(
            web.Client,
            lead,
            series,
            DateTimeOffset.UtcNow.AddHours(-1),
            1
        );
        return new PeerCase(adverse, series, meeting);
    }

    /// <summary>
    /// A peer supporter other than the colleague is shown nothing of the colleague's event or series.
    /// </summary>
    private static void Leaks(StringBuilder wrong, string key, bool notTheColleague, string text, PeerCase colleagues)
    {
        foreach (var (id, what) in new[] { (colleagues.Event, "event"), (colleagues.Series, "series") })
        {
            if (notTheColleague && text.Contains(id.ToString(), StringComparison.Ordinal))
            {
                wrong.AppendLine(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{key}: shows the colleague's {what}"
                );
            }
        }
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
