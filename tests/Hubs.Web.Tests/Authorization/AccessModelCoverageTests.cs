using Hubs.Web.Features.Journeys.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The access model names every API endpoint and every page on one journey of the running app, and nothing else.
/// </summary>
public sealed class AccessModelCoverageTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public void Every_api_endpoint_and_journey_page_has_a_rule_and_every_rule_an_endpoint_or_page()
    {
        var endpoints = web
            .Host.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .ToList();
        var api = endpoints
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Select(e =>
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? $"(unnamed) {e.RoutePattern.RawText}"
            )
            .ToHashSet();
        var pages = endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .ToHashSet();
        // Every page on one journey: the clinic's and the keyworker's own (/my/journeys/{journeyId}/...).
        var journeyPages = endpoints
            .Where(e =>
                e.RoutePattern.RawText?.TrimStart('/') is { } route
                && (
                    route.StartsWith("clinic/journeys/{", StringComparison.Ordinal)
                    || route.StartsWith("my/journeys/{", StringComparison.Ordinal)
                )
            )
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .Select(p => $"page:{p}");
        var known = api.Concat(pages.Select(p => $"page:{p}")).ToHashSet();

        Assert.Empty(api.Concat(journeyPages).Except(AccessModel.Rules.Keys));
        Assert.Empty(AccessModel.Rules.Keys.Except(known));
    }
}
