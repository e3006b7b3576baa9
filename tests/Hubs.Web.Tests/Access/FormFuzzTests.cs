using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Authorization;
using Hubs.Web.Tests.Clinic;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.Access;

/// <summary>
/// Every form a signed-in person can post on one journey, with each of its fields set to hostile values
/// (control characters, huge text, impossible dates, numbers and ids): never a 5xx, never internals.
/// </summary>
public sealed partial class FormFuzzTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly string[] Internals =
    [
        "Exception",
        "   at ",
        "Npgsql",
        "Marten",
        "JasperFx",
        "System.",
        "SELECT ",
        "StackTrace",
    ];

    private static readonly string[] Values =
    [
        "\u0000\u0001\u001b evil",
        new string('x', 100_000),
        "9999-99-99",
        "0000-01-01",
        "25:61",
        "-1",
        "2147483648",
        "1e308",
        Guid.Empty.ToString(),
        "not-a-guid",
        "",
    ];

    [Fact]
    public async Task No_hostile_form_input_gets_a_5xx_or_internals()
    {
        var cast = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var j = await MatrixSetup.ArrangeAsync(web.Client, cast);
        var lead = TestPrincipal.HubLead("north");
        var unscreened = await ClinicReferrals.SubmitAsync(web.Host.Services, phq9: null, gad7: null);
        // The pages below discharge and withdraw the matrix journey; the questions before a session need an open one.
        var open = new MatrixCast(TestPrincipal.Keyworker(), TestPrincipal.Clinician("north"));
        var k = await MatrixSetup.ArrangeAsync(web.Client, open);
        (TestPrincipal Who, string Path)[] forms =
        [
            (lead, $"/clinic/journeys/{j.Id}/triage"),
            (lead, $"/clinic/journeys/{j.Id}/assessment"),
            (lead, $"/clinic/journeys/{j.Id}/appointments/new"),
            (lead, $"/clinic/journeys/{j.Id}/appointments/{j.AppointmentId}"),
            (lead, $"/clinic/journeys/{j.Id}/sessions/new"),
            (lead, $"/clinic/journeys/{j.Id}/discharge"),
            (lead, $"/clinic/journeys/{j.Id}/measures/audit"),
            (lead, $"/clinic/journeys/{j.Id}/allocation"),
            (lead, $"/clinic/journeys/{j.Id}/risk/concern"),
            (lead, $"/clinic/journeys/{j.Id}/risk/assessment"),
            (lead, $"/clinic/journeys/{j.Id}/risk/safety-plan"),
            (lead, $"/clinic/journeys/{unscreened}/screening"),
            (cast.Clinician, $"/clinic/journeys/{j.Id}/messages"),
            (TestPrincipal.Clinician("north"), $"/clinic/journeys/{j.Id}/break-glass"),
            (lead, $"/clinic/team/{j.TeamActivityId}"),
            (lead, "/clinic/team"),
            (lead, "/clinic/search"),
            (lead, $"/clinic/journeys/{j.Id}/contact-attempts/new"),
            (TestPrincipal.HubAdmin("north"), "/hub-admin/settings"),
            (cast.Keyworker, $"/my/journeys/{j.Id}/withdraw"),
            (cast.Keyworker, $"/my/journeys/{j.Id}/contact"),
            (cast.Keyworker, $"/my/journeys/{j.Id}/messages"),
            (cast.Keyworker, $"/my/journeys/{j.Id}/appointments/{j.AppointmentId}/change"),
            (lead, $"/clinic/journeys/{j.Id}/themes"),
            (lead, $"/clinic/journeys/{j.Id}/work-outcomes/assessment"),
            (lead, $"/clinic/team/{j.TeamActivityId}/rating"),
            (cast.Keyworker, $"/my/journeys/{j.Id}/experience/assessment"),
            (cast.Keyworker, $"/my/journeys/{j.Id}/research-contact"),
            (lead, "/clinic/referrals/by-phone"),
            (TestPrincipal.HubAdmin("north"), "/hub-admin/self-help"),
            (TestPrincipal.Keyworker(), "/claim"),
            (open.Keyworker, $"/my/journeys/{k.Id}/check-in"),
            (open.Keyworker, $"/my/journeys/{k.Id}/appointments/{k.AppointmentId}/questions"),
            (TestPrincipal.Person("hub-lead", ["north", "south"], null), "/choose-hub"),
        ];
        var failures = new List<string>();
        foreach (var (who, path) in forms)
        {
            var client = new PageClient(
                web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(who)
            );
            var page = await client.GetAsync(path);
            Assert.True(page.Status == System.Net.HttpStatusCode.OK, $"{path}: {(int)page.Status}");
            failures.AddRange(await FuzzAsync(client, path, page));
        }

        // The referral steps, anonymous, on a draft started from the home page.
        var anonymous = new PageClient(
            web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
        );
        var started = await anonymous.PostAsync(
            "/refer/start",
            (await anonymous.GetAsync("/")).Html,
            new Dictionary<string, string>()
        );
        var draft = started.Location!.ToString().Replace("/about-you", "", StringComparison.Ordinal);
        foreach (
            var step in new[]
            {
                "about-you",
                "contact",
                "your-work",
                "about-yourself",
                "help",
                "support",
                "consent",
                "account",
                "check",
            }
        )
        {
            var page = await anonymous.GetAsync($"{draft}/{step}");
            if (page.Status == System.Net.HttpStatusCode.OK)
            {
                failures.AddRange(await FuzzAsync(anonymous, $"{draft}/{step}", page));
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Fuzzes one form of the page: the one posting to <paramref name="named"/>, else its only one.</summary>
    private static async Task<List<string>> FuzzAsync(
        PageClient client,
        string path,
        PageResult page,
        string? named = null
    )
    {
        var failures = new List<string>();
        var fields = Fields()
            .Matches(page.Html)
            .Select(m => m.Groups["name"].Value)
            .Where(n => n is not ("__RequestVerificationToken" or "Version"))
            .Distinct()
            .ToList();
        var handler = named
            ?? (
                Handler().Match(page.Html) is { Success: true } only && !Unnamed().IsMatch(page.Html)
                    ? only.Groups["h"].Value
                    : null
            );
        foreach (var value in Values)
        {
            PageResult result;
            try
            {
                result = await client.PostAsync(path, page.Html, fields.ToDictionary(f => f, _ => value), handler);
            }
            catch (InvalidOperationException)
            {
                // The page offers no form to send (e.g. already answered): say which, rather than a bare throw.
                failures.Add($"{path}: no form to send");
                break;
            }

            if ((int)result.Status >= 500 || Internals.Any(i => result.Html.Contains(i, StringComparison.Ordinal)))
            {
                failures.Add($"{path} {named} with {value[..Math.Min(value.Length, 12)]}: {(int)result.Status}");
            }
        }

        return failures;
    }

    /// <summary>A post form naming its handler; used when no form posts to the page's default handler.</summary>
    [GeneratedRegex("<form(?=[^>]*method=\"post\")[^>]*handler=(?<h>[A-Za-z]+)")]
    private static partial Regex Handler();

    [GeneratedRegex("<form(?=[^>]*method=\"post\")(?![^>]*handler=)(?![^>]*action=\"/account/sign-out\")")]
    private static partial Regex Unnamed();

    [GeneratedRegex("<(?:input|textarea|select)[^>]*\\sname=\"(?<name>[^\"]+)\"")]
    private static partial Regex Fields();
}
