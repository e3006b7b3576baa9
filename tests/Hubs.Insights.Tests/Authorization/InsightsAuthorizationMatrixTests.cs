using System.Net;
using System.Net.Http.Headers;
using Hubs.Insights.Tests.Dashboards;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Authorization;

/// <summary>
/// Every Insights endpoint and page × every kind of caller, with the answer each gets. Columns:
/// anonymous, keyworker, clinician, hub lead, hub admin, commissioner of north, commissioner of south,
/// feed client of north, feed client of no Hub. A = let in (a local redirect too), U = sign in first (401, or a page's
/// redirect to the issuer), F = 403, H = 404 (a Hub that is not theirs), G = 410 (retired, with a pointer to its
/// successor).
/// </summary>
public sealed class InsightsAuthorizationMatrixTests(DashboardHostFixture insights)
    : IClassFixture<DashboardHostFixture>
{
    private static readonly TestPrincipal?[] Callers =
    [
        null,
        TestPrincipal.Keyworker(),
        TestPrincipal.Clinician("north"),
        TestPrincipal.HubLead("north"),
        TestPrincipal.HubAdmin("north"),
        TestPrincipal.Commissioner("north"),
        TestPrincipal.Commissioner("south"),
        TestPrincipal.FeedClient() with
        {
            Hubs = ["north"],
        },
        TestPrincipal.FeedClient() with
        {
            Hubs = [],
        },
    ];

    private static readonly (string Route, string Path, string Expected)[] Matrix =
    [
        ("/api/insights/referrals", "/api/insights/referrals?hubId=north", "UFFFFFFAF"),
        ("/api/v2/feeds/", "/api/v2/feeds", "UFFFFFFAA"),
        ("/api/v2/feeds/{table}", "/api/v2/feeds/trends?hub=north&period=2026-Q2", "UFFFFFFAF"),
        ("/api/v1/feeds/", "/api/v1/feeds", "UFFFFFFGG"),
        ("/api/v1/feeds/{table}", "/api/v1/feeds/trends?hub=north", "UFFFFFFGG"),
        ("/dashboards/{table}.csv", "/dashboards/trends.csv?hub=north&period=2026-Q2", "UFFFFAHFF"),
        ("/method", "/method", "AAAAAAAAA"),
        ("/dashboards", "/dashboards", "UFFFFAAFF"),
        ("/dashboards/trends", "/dashboards/trends?hub=north", "UFFFFAHFF"),
        ("/dashboards/waits", "/dashboards/waits?hub=north", "UFFFFAHFF"),
        ("/dashboards/outcomes", "/dashboards/outcomes?hub=north", "UFFFFAHFF"),
        ("/dashboards/equity", "/dashboards/equity?hub=north", "UFFFFAHFF"),
        ("/dashboards/team-support", "/dashboards/team-support?hub=north", "UFFFFAHFF"),
        ("/dashboards/evaluation", "/dashboards/evaluation?hub=north", "UFFFFAHFF"),
        ("/reports/quarterly", "/reports/quarterly?hub=north&quarter=2026-Q3", "UFFAFAHFF"),
        ("/reports/quarterly.pdf", "/reports/quarterly.pdf?hub=north&quarter=2026-Q3", "UFFAFAHFF"),
    ];

    private static readonly string[] Open =
    [
        "/",
        "/error/{code:int?}",
        "/account/sign-in",
        "/account/sign-out",
        "/openapi/{documentName}.json",
        "/health/live",
        "/health/ready",
    ];

    [Fact]
    public void Every_endpoint_and_page_is_in_the_matrix()
    {
        var mapped = insights
            .Factory.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => !Open.Contains(route) && !route.StartsWith("/docs", StringComparison.Ordinal))
            .ToHashSet();

        Assert.Equal(Matrix.Select(m => m.Route).Order(), mapped.Order());
    }

    [Fact]
    public async Task Each_caller_gets_what_the_matrix_says()
    {
        var wrong = new List<string>();
        foreach (var (route, path, expected) in Matrix)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                using var client = insights.Client();
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (Callers[i] is { } who)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue(
                        "Bearer",
                        TestIssuer.Shared.Mint(who, HubsScopes.InsightsAudience)
                    );
                }

                var response = await client.SendAsync(request);
                var got = Code(response);
                if (got != expected[i])
                {
                    wrong.Add(
                        $"{route} as caller {i}: expected {expected[i]}, got "
                            + $"{(int)response.StatusCode} {response.Headers.Location}"
                    );
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static char Code(HttpResponseMessage response) =>
        response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => 'U',
            HttpStatusCode.Redirect
                when response.Headers.Location is { IsAbsoluteUri: true } to
                    && to.AbsoluteUri.StartsWith(TestIssuer.Shared.Authority.ToString(), StringComparison.Ordinal) =>
                'U',
            HttpStatusCode.Redirect when response.Headers.Location is { IsAbsoluteUri: false } => 'A',
            HttpStatusCode.Redirect => 'R',
            HttpStatusCode.Forbidden => 'F',
            HttpStatusCode.NotFound => 'H',
            HttpStatusCode.Gone => 'G',
            HttpStatusCode.InternalServerError => throw new InvalidOperationException("500"),
            _ => 'A',
        };
}
