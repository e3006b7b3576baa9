using System.Text;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Every API endpoint and page for the callers of <see cref="TwoHubsMatrix"/>: the matrix journey is north's,
/// allocated to a clinician who works for south too. Nobody of south reaches it through the clinician, and no answer
/// they get names it or its appointment. Every endpoint is also called by the clinician of both Hubs with an
/// <c>X-Hubs-Hub-Id</c> that names no one Hub (<see cref="Unreadable"/>, one kind per endpoint in turn): problem
/// details, 400 or 403, never a 5xx, never the endpoint's own answer.
/// </summary>
public sealed class TwoHubsAccessTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Working_for_a_second_hub_opens_nothing_of_the_first_to_it()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var journey = await MatrixSetup.ArrangeAsync(web.Client, cast);
        var subject = cast.Clinician.Subject;
        var both = TestPrincipal.Person("clinician", ["north", "south"], subject);
        using (var joining = new HttpRequestMessage(HttpMethod.Get, "/api/my/clinician-profile").SignedAs(both))
        {
            (await web.Client.SendAsync(joining)).EnsureSuccessStatusCode();
        }

        // The Hub each asks for: the clinician of both chooses south; the one of south alone asks for north (a
        // tampered header or cookie, answered as if they had asked for none).
        (TestPrincipal Who, string? Hub)[] api =
        [
            (both, "south"),
            (TestPrincipal.Person("clinician", ["south"], subject), "north"),
            (TestPrincipal.HubLead("south"), null),
            (TestPrincipal.HubAdmin("south"), null),
        ];
        var wrong = new StringBuilder();
        foreach (var (entry, index) in Matrix.Entries.Select((e, i) => (e, i)))
        {
            await UnreadableAsync(wrong, entry, journey, both, Unreadable[index % Unreadable.Length]);
            var got = new StringBuilder();
            foreach (var (who, hub) in api)
            {
                using var request = new HttpRequestMessage(new HttpMethod(entry.Method), entry.Path(journey));
                request.SignedAs(who);
                if (hub is not null)
                {
                    request.Headers.Add("X-Hubs-Hub-Id", hub);
                }

                if (entry.Body(journey) is { } body)
                {
                    request.Content = System.Net.Http.Json.JsonContent.Create(body);
                    request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
                }

                using var response = await web.Client.SendAsync(request);
                got.Append(AccessCodes.Of(response.StatusCode).ToString()[0]);
                Leaks(wrong, entry.Key, entry.Path(journey), await response.Content.ReadAsStringAsync(), journey);
            }

            Expect(wrong, entry.Key, TwoHubsMatrix.Api(entry), got.ToString());
        }

        foreach (var (route, path, expected) in PageMatrix.Entries)
        {
            var got = new StringBuilder();
            // Pages: the clinician of both with the switcher set to south; the others as they sign in.
            foreach (var (who, hub) in api.Where(a => a.Hub != "north"))
            {
                var client = web.Host.CreateClient(
                    new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }
                );
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path(journey), UriKind.Relative));
                if (hub is not null)
                {
                    request.Headers.Add("Cookie", $"hubs-hub={hub}");
                }

                using var response = await client.As(who).SendAsync(request);
                got.Append(PageAccess.Of(response));
                Leaks(wrong, route, path(journey), await response.Content.ReadAsStringAsync(), journey);
            }

            Expect(wrong, route, TwoHubsMatrix.Page(route, expected), got.ToString());
        }

        // South's lead opening the clinician's own diary in south: their south week, none of north's appointments.
        var diary = web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var week = await diary
            .As(api[2].Who)
            .GetAsync(new Uri($"/clinic/diary?clinician={subject}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, week.StatusCode);
        Leaks(wrong, "/clinic/diary?clinician=", "", await week.Content.ReadAsStringAsync(), journey);
        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    /// <summary>
    /// Header values that name no one Hub: blank (an empty one is never sent), huge, a control character, two
    /// headers, two in one.
    /// </summary>
    private static readonly string[][] Unreadable =
    [
        [" "],
        [new string('n', 20_000)],
        ["south\u0007"],
        ["south", "north"],
        ["south, north"],
        ["south\u0000"],
    ];

    private async Task UnreadableAsync(
        StringBuilder wrong,
        MatrixEntry entry,
        MatrixJourney journey,
        TestPrincipal who,
        string[] values
    )
    {
        using var request = new HttpRequestMessage(new HttpMethod(entry.Method), entry.Path(journey)).SignedAs(who);
        request.Headers.TryAddWithoutValidation("X-Hubs-Hub-Id", values);
        if (entry.Body(journey) is { } body)
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(body);
            request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
        }

        using var response = await web.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (
            response.StatusCode is not (System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.Forbidden)
            || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
            || text.Contains("Exception", StringComparison.Ordinal)
            || text.Contains(" at Hubs.", StringComparison.Ordinal)
        )
        {
            wrong.AppendLine(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{entry.Key} with X-Hubs-Hub-Id {values.Length}x{values[0].Length}: {(int)response.StatusCode} {text}"
            );
        }
    }

    /// <summary>
    /// An answer that names the north journey or its appointment, other than by echoing the path asked.
    /// </summary>
    private static void Leaks(StringBuilder wrong, string key, string path, string text, MatrixJourney journey)
    {
        foreach (var id in new[] { journey.Id, journey.AppointmentId })
        {
            if (
                !path.Contains(id.ToString(), StringComparison.Ordinal)
                && text.Contains(id.ToString(), StringComparison.Ordinal)
            )
            {
                wrong.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{key}: names {id}");
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
