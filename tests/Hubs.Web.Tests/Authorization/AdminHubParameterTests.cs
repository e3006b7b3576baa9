using System.Net;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The hub admin pages and the clinician directory API take the Hub from the request (<c>?hub=</c>, <c>hubId=</c>,
/// the form's Hub), through AdministeredHub and so HubChoice: the admin of one Hub naming another is answered as if
/// the page did not exist, shown nothing of it, and changes nothing in it; an admin of both acts in the one named.
/// </summary>
public sealed partial class AdminHubParameterTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private static readonly string[] AdminPages =
    [
        "/hub-admin/clinicians",
        "/hub-admin/settings",
        "/hub-admin/self-help",
    ];

    [Fact]
    public async Task The_admin_of_one_hub_naming_another_sees_nothing_of_it()
    {
        var north = clinic.As(TestPrincipal.Person("hub-admin", ["north"], null));

        foreach (var page in AdminPages)
        {
            var named = await north.GetAsync($"{page}?hub=south");
            Assert.Equal(HttpStatusCode.NotFound, named.Status);
            Assert.DoesNotContain("South Resilience Hub", named.Html, StringComparison.Ordinal);
        }

        var api = await north.Http.GetAsync(new Uri("/api/hub-admin/clinicians?hubId=south", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task The_admin_of_one_hub_cannot_change_another_through_the_form()
    {
        var north = clinic.As(TestPrincipal.Person("hub-admin", ["north"], null));
        var south = clinic.As(TestPrincipal.Person("hub-admin", ["south"], null));
        var before = Tokenless((await south.GetAsync("/hub-admin/settings")).Html);
        var form = await north.GetAsync("/hub-admin/settings");

        var posted = await north.PostAsync(
            "/hub-admin/settings?hub=south",
            form.Html,
            new Dictionary<string, string>
            {
                ["Hub"] = "south",
                ["NoContactDays"] = "9",
                ["SlotMinutes"] = "45",
            }
        );
        var added = await north.PostAsync(
            "/hub-admin/self-help?hub=south",
            (await north.GetAsync("/hub-admin/self-help")).Html,
            new Dictionary<string, string>
            {
                ["Hub"] = "south",
                ["Title"] = "Planted in south",
                ["Summary"] = "Read this.",
                ["Link"] = "https://example.org/planted",
            }
        );

        Assert.Equal(HttpStatusCode.NotFound, posted.Status);
        Assert.Equal(HttpStatusCode.NotFound, added.Status);
        Assert.Equal(before, Tokenless((await south.GetAsync("/hub-admin/settings")).Html));
        Assert.DoesNotContain(
            "Planted in south",
            (await south.GetAsync("/hub-admin/self-help")).Html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task An_admin_of_both_hubs_acts_in_the_one_named_whatever_they_chose()
    {
        var both = clinic.As(TestPrincipal.Person("hub-admin", ["north", "south"], null));
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            new Uri("/hub-admin/settings?hub=south", UriKind.Relative)
        );
        request.Headers.Add("Cookie", "hubs-hub=north");

        using var response = await both.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Settings for South Resilience Hub",
            await response.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }

    private static string Tokenless(string html) => Token().Replace(html, "");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex Token();
}
