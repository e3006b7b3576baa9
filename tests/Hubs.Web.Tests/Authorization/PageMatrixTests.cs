using System.Text;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Every page × every kind of caller, against <see cref="PageMatrix"/>; a page without a row fails. A page showing an
/// identifiable journey audits each staff read it lets through, and no refused one (<see cref="PageAudits"/>).
/// </summary>
public sealed class PageMatrixTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public void Every_page_has_a_row_and_every_row_a_page()
    {
        var pages = web
            .Host.Services.GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet();
        var listed = PageMatrix.Entries.Select(e => e.Route).ToHashSet();

        Assert.Empty(pages.Except(listed));
        Assert.Empty(listed.Except(pages));
    }

    [Fact]
    public async Task Each_caller_gets_what_the_page_matrix_says()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var journey = await MatrixSetup.ArrangeAsync(web.Client, cast);
        var wrong = new StringBuilder();
        foreach (var (route, path, expected) in PageMatrix.Entries)
        {
            var got = new StringBuilder();
            foreach (var caller in Enum.GetValues<Caller>())
            {
                var client = web.Host.CreateClient(
                    new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }
                );
                var who = cast.Principal(caller);
                if (who is not null)
                {
                    client.As(who);
                }

                var audited = who is not null && PageAudits.ShowsRecord(route);
                var before = audited ? await PageAudits.CountAsync(web.Host.Services, journey.Id, who!) : 0;
                var access = PageAccess.Of(await client.GetAsync(new Uri(path(journey), UriKind.Relative)));
                got.Append(access);
                if (
                    audited
                    && PageAudits.Check(
                        access,
                        before,
                        await PageAudits.CountAsync(web.Host.Services, journey.Id, who!)
                    )
                        is { } gap
                )
                {
                    wrong.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{route} as {caller}: {gap}");
                }
            }

            if (got.ToString() != expected)
            {
                wrong.AppendLine(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"{route}: expected {expected}, got {got}"
                );
            }
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }
}
