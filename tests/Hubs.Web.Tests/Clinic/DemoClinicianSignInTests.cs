using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Tests.My;
using Hubs.Web.Tests.Pages;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// In a demo, the clinician who signs in through Identity is a person of the Hub's clinician directory: a case
/// the lead allocates to the directory's first clinician is on the demo clinician's caseload.
/// </summary>
public sealed class DemoClinicianSignInTests(BrowserFixture system) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_case_allocated_to_the_directorys_first_clinician_is_on_the_demo_clinicians_caseload()
    {
        var directory = ClinicianSeed.For("north");
        var (journeyId, _) = await OwnJourneySeed.BookedAsync(system.Host.Services, Guid.NewGuid());
        await using (var session = system.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            await ClinicianSeed.SeedAsync(session, ["north"], CancellationToken.None);
            session.Events.Append(
                journeyId,
                new ClinicianAllocated(journeyId, DateTimeOffset.UtcNow, directory[0].Id, directory[1].Id)
            );
            await session.SaveChangesAsync();
        }

        await using var clinician = await system.SignInAsync(
            HubsRoles.Clinician,
            "north",
            returnUrl: "/clinic/caseload"
        );
        await clinician.Page.GotoAsync("/clinic/caseload");

        await Assertions
            .Expect(clinician.Page.Locator($"main a[href='/clinic/journeys/{journeyId}']"))
            .ToBeVisibleAsync();
        Assert.Equal(directory[0].Id, Guid.Parse(system.Identity.Account(HubsRoles.Clinician, "north").Subject));
        Assert.Equal(directory[1].Id, Guid.Parse(system.Identity.Account(HubsRoles.HubLead, "north").Subject));
    }
}
