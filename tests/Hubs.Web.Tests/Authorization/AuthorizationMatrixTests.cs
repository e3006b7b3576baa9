using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Journeys;
using Marten;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Every API endpoint × every kind of caller × own/other Hub and keyworker, against <see cref="Matrix"/>.
/// </summary>
public sealed class AuthorizationMatrixTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public void Every_api_endpoint_has_an_entry_and_every_entry_an_endpoint()
    {
        var mapped = web
            .Host.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e =>
                (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m =>
                    $"{m} {e.RoutePattern.RawText}"
                )
            )
            .ToHashSet();
        var listed = Matrix.Entries.Select(e => e.Key).ToHashSet();

        Assert.Empty(mapped.Except(listed));
        Assert.Empty(listed.Except(mapped));
    }

    [Fact]
    public async Task Each_caller_gets_what_the_matrix_says()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var journey = await MatrixSetup.ArrangeAsync(web.Client, cast);
        var rules = RulesByRoute();
        var wrong = new List<string>();
        foreach (var entry in Matrix.Entries)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                using var request = new HttpRequestMessage(new HttpMethod(entry.Method), entry.Path(journey));
                var before =
                    entry.Method == "GET"
                    && rules.TryGetValue(entry.Key, out var rule)
                    && rule.ReadsRecord
                    && caller
                        is Caller.AllocatedClinician
                            or Caller.HubColleague
                            or Caller.OtherHubClinician
                            or Caller.HubLead
                            or Caller.OtherHubLead
                        ? rule
                        : null;
                if (entry.Body(journey) is { } body)
                {
                    request.Content = System.Net.Http.Json.JsonContent.Create(body);
                    request.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
                }

                var who = cast.Principal(caller);
                if (who is not null)
                {
                    request.SignedAs(who);
                }

                var reads = before is null ? 0 : await AuditedReadsAsync(journey.Id, who);
                var response = await web.Client.SendAsync(request);
                Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
                var got = AccessCodes.Of(response.StatusCode);
                if (
                    before is not null
                    && response.IsSuccessStatusCode
                    && await AuditedReadsAsync(journey.Id, who) == reads
                )
                {
                    wrong.Add($"{entry.Key} as {caller}: a staff read of the record was not audited");
                }

                if (got != entry.ExpectedFor(caller))
                {
                    wrong.Add(
                        $"{entry.Key} as {caller}: expected {entry.ExpectedFor(caller)}, got "
                            + $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
                    );
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public async Task Another_hubs_lead_sees_none_of_a_clinicians_caseload()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var journey = await MatrixSetup.ArrangeAsync(web.Client, cast);
        using var own = new HttpRequestMessage(
            HttpMethod.Get,
            $"/api/caseload?clinicianId={journey.ClinicianId}"
        ).SignedAs(TestPrincipal.HubLead("north"));
        using var other = new HttpRequestMessage(
            HttpMethod.Get,
            $"/api/caseload?clinicianId={journey.ClinicianId}"
        ).SignedAs(TestPrincipal.HubLead("south"));

        var ownLead = await (await web.Client.SendAsync(own)).Content.ReadAsStringAsync();
        var otherLead = await (await web.Client.SendAsync(other)).Content.ReadAsStringAsync();

        Assert.Contains(journey.Id.ToString(), ownLead, StringComparison.Ordinal);
        Assert.Equal("[]", otherLead);
    }

    /// <summary>The access model's rule of each API endpoint, keyed as the matrix keys it ("GET /api/…").</summary>
    private Dictionary<string, Hubs.Web.Features.Journeys.Access.JourneyRule> RulesByRoute() =>
        web
            .Host.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e =>
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is { } name
                && Hubs.Web.Features.Journeys.Access.AccessModel.Rules.ContainsKey(name)
            )
            .SelectMany(e =>
                (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                    (
                        Key: $"{m} {e.RoutePattern.RawText}",
                        Rule: Hubs.Web.Features.Journeys.Access.AccessModel.Rules[
                            e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName
                        ]
                    )
                )
            )
            .ToDictionary(x => x.Key, x => x.Rule);

    private async Task<int> AuditedReadsAsync(Guid journeyId, TestPrincipal? who)
    {
        await using var session = web.Host.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        var staffId = who?.Subject ?? Guid.Empty;
        return await session
            .Query<Hubs.Web.Features.Journeys.Access.ReadAuditEntry>()
            .CountAsync(e => e.JourneyId == journeyId && e.StaffId == staffId);
    }
}
