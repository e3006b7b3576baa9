using System.Text.RegularExpressions;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.HubSettings;

/// <summary>The hub admin's settings page, saved as a browser would with the session questionnaires ticked.</summary>
internal static partial class SessionMeasuresForm
{
    public const string Path = "/hub-admin/settings";

    public static PageClient Admin(TestHost<WebEntryPoint> host, string hub = "north") =>
        new(
            host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(TestPrincipal.HubAdmin(hub))
        );

    /// <summary>
    /// The settings form sent with the session questionnaires ticked (the boxes share one name, so the form is
    /// built here rather than by <see cref="PageClient.PostAsync"/>, which sends one value a name).
    /// </summary>
    public static async Task<PageResult> SaveAsync(PageClient admin, params string[] sessionMeasures)
    {
        var page = await admin.GetAsync(Path);
        var token = Token().Match(page.Html).Groups["value"].Value;
        var fields = Typed()
            .Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token))
            .Concat(sessionMeasures.Select(m => KeyValuePair.Create("SessionMeasures", m)));
        var response = await admin.Http.PostAsync(new Uri(Path, UriKind.Relative), new FormUrlEncodedContent(fields));
        return new PageResult(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            response.Headers.Location
        );
    }

    public static Dictionary<string, string> Typed(string noContactDays = "21") =>
        new()
        {
            ["Pcl5CutOff"] = "33",
            ["NoContactDays"] = noContactDays,
            ["SlotMinutes"] = "50",
            ["ContactWithinWorkingDays"] = "5",
            ["ReplyWithinWorkingDays"] = "2",
        };

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Token();
}
