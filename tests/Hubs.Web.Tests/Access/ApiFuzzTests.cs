using System.Text;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Access;

/// <summary>
/// Every API endpoint of the running app, called with bad input (<see cref="FuzzBodies"/>, impossible ids in
/// the route and query) by the callers who get furthest into it: never a 5xx, never internals in the body.
/// </summary>
public sealed class ApiFuzzTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly string[] Internals =
    [
        "Exception",
        "   at ",
        "Npgsql",
        "Marten",
        "JasperFx",
        "System.",
        "Microsoft.",
        "SELECT ",
        "INSERT ",
        "StackTrace",
    ];

    [Fact]
    public async Task No_bad_input_gets_a_5xx_or_internals_from_any_endpoint()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var journey = await MatrixSetup.ArrangeAsync(web.Client, cast);
        var endpoints = web
            .Host.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e =>
                (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Endpoint: e))
            )
            .ToList();
        Assert.True(endpoints.Count > 30, $"only {endpoints.Count} API endpoints found");
        var failures = new List<string>();
        var calls = 0;
        foreach (var (method, endpoint) in endpoints)
        {
            var bodyType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
            var lead = TestPrincipal.HubLead("north");
            foreach (var (path, first) in Paths(endpoint.RoutePattern.RawText!, journey).Select((p, i) => (p, i == 0)))
            {
                foreach (var who in new[] { cast.Keyworker, cast.Clinician, lead })
                {
                    // One 5 MB body per endpoint is enough to show the size limit holds.
                    IEnumerable<(string Name, HttpContent? Content)> bodies =
                        method == "GET"
                            ? [("no body", null)]
                            : FuzzBodies.For(bodyType).Where(b => b.Name != FuzzBodies.Big || (first && who == lead));
                    foreach (var (name, content) in bodies)
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method), path)
                        {
                            Content = content,
                        }.SignedAs(who);
                        request.Headers.TryAddWithoutValidation("If-Match", "\"7\"");
                        using var response = await web.Client.SendAsync(request);
                        calls++;
                        var text = await response.Content.ReadAsStringAsync();
                        if (
                            (int)response.StatusCode >= 500
                            || Internals.Any(i => text.Contains(i, StringComparison.Ordinal))
                        )
                        {
                            failures.Add(
                                $"{method} {path} as {who.Roles[0]} with {name}: "
                                    + $"{(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}"
                            );
                        }
                    }
                }
            }
        }

        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {calls} calls:\n{string.Join('\n', failures.Distinct().Take(60))}"
        );
    }

    /// <summary>The route with the matrix's real ids, with the all-zeros id, and with hostile query strings.</summary>
    private static IEnumerable<string> Paths(string route, MatrixJourney journey)
    {
        var id = route.StartsWith("/api/team-activities", StringComparison.Ordinal)
            ? journey.TeamActivityId
            : journey.Id;
        string Fill(Guid main, Guid appointment) =>
            route
                .Replace("{id:guid}", main.ToString(), StringComparison.Ordinal)
                .Replace("{appointmentId:guid}", appointment.ToString(), StringComparison.Ordinal);
        const string Query = "?hubId=%00north&clinicianId=00000000-0000-0000-0000-000000000000&month=0000-01";
        yield return Fill(id, journey.AppointmentId) + "?hubId=north&clinicianId=" + journey.ClinicianId;
        yield return Fill(Guid.Empty, Guid.Empty) + Query;
        yield return Fill(id, journey.AppointmentId)
            + "?hubId="
            + new StringBuilder().Insert(0, "%01", 3000)
            + "&clinicianId=not-a-guid";
    }
}
