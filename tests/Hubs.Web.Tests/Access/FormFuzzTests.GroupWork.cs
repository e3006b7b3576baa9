using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.GroupSupport;
using Hubs.Web.Tests.Workshops;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Access;

/// <summary>
/// Issue 21's forms with hostile values in every field, each form of a page by its handler: workshops (scheduling,
/// the roster, booking, the questions), reflective groups (starting, scheduling, protected time, a meeting held or
/// cancelled), consultations, outreach and the adverse-event response targets.
/// </summary>
public sealed partial class FormFuzzTests
{
    [Fact]
    public async Task No_hostile_input_on_a_group_work_form_gets_a_5xx_or_internals()
    {
        await using (var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            await ClinicianSeed.SeedAsync(session, ["north"], CancellationToken.None);
        }

        var staff = Staff.Lead();
        var keyworker = TestPrincipal.Keyworker();
        var soon = web.Clock.GetUtcNow().AddDays(2);
        var workshop = await WorkshopArrange.ScheduledAsync(web.Client, staff, soon);
        await WorkshopArrange.BookedAsync(web.Client, keyworker, workshop);
        var started = await WorkshopArrange.ScheduledAsync(web.Client, staff, web.Clock.GetUtcNow().AddMinutes(5));
        await WorkshopArrange.BookedAsync(web.Client, TestPrincipal.Keyworker(), started);
        var series = await GroupSeriesArrange.StartAsync(web.Client, staff);
        var meeting = await GroupSeriesArrange.ScheduleAsync(
            web.Client,
            staff,
            series,
            web.Clock.GetUtcNow().AddMinutes(10),
            1
        );
        var consultation = await CreatedAsync(staff, "/api/consultations", Consultation());
        // The consultation's form links a team session of the Hub: without one the page offers no form to fuzz.
        await CreatedAsync(staff, "/api/team-activities", TeamSession());
        web.Clock.Advance(TimeSpan.FromMinutes(30));
        (TestPrincipal Who, string Path, string? Handler)[] forms =
        [
            (staff.Principal, "/clinic/workshops", null),
            (staff.Principal, $"/clinic/workshops/{started}", null),
            (keyworker, $"/my/workshops/{workshop}/questions/before", null),
            (TestPrincipal.Keyworker(), $"/my/workshops/{workshop}/book", null),
            (keyworker, "/my/workshops", "cancel"),
            (staff.Principal, "/clinic/groups", null),
            (staff.Principal, $"/clinic/groups/{series}", "Schedule"),
            (staff.Principal, $"/clinic/groups/{series}", "ProtectedTime"),
            (staff.Principal, $"/clinic/groups/{series}/facilitator", null),
            (staff.Principal, $"/clinic/groups/{series}/meetings/{meeting}", null),
            (staff.Principal, $"/clinic/groups/{series}/meetings/{meeting}", "Cancel"),
            (staff.Principal, "/clinic/consultations", null),
            (staff.Principal, $"/clinic/consultations/{consultation}", null),
            (staff.Principal, "/clinic/outreach", null),
            (staff.Principal, "/clinic/adverse-events", null),
            (staff.Principal, "/clinic/adverse-events", "Settings"),
            (TestPrincipal.HubAdmin("north"), "/hub-admin/settings", null),
        ];
        var failures = new List<string>();
        foreach (var (who, path, handler) in forms)
        {
            var client = new PageClient(
                web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(who)
            );
            var page = await client.GetAsync(path);
            Assert.True(page.Status == System.Net.HttpStatusCode.OK, $"{path}: {(int)page.Status}");
            failures.AddRange(await FuzzAsync(client, path, page, handler));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private object Consultation() =>
        new
        {
            heldOn = DateOnly.FromDateTime(web.Clock.GetUtcNow().UtcDateTime.AddDays(-1)),
            about = "team",
            adviceArea = "team-conflict",
            sector = "care-home",
            organisationType = "care-home",
        };

    private object TeamSession() =>
        new
        {
            kind = "team-session",
            team = "Ward 9",
            startsAt = web.Clock.GetUtcNow().AddDays(3),
            durationMinutes = 60,
            facilitatorId = ClinicFixture.Clinician().Id,
        };

    private async Task<Guid> CreatedAsync(Staff staff, string path, object body)
    {
        using var response = await web.Client.SendAsync(staff.Request(HttpMethod.Post, path, body));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
