using System.Net;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.Measures.PreSession;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.HubSettings;

/// <summary>
/// The hub admin chooses on the settings page which questionnaires a keyworker answers before each session; the
/// keyworker's page before a session then offers exactly those, a later save of the page keeps them, and a choice
/// of none or of a brief screen is refused with a form error and nothing saved.
/// </summary>
public sealed partial class SessionMeasuresSettingTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private const string Path = "/hub-admin/settings";

    [Fact]
    public async Task The_keyworker_is_offered_exactly_the_questionnaires_the_Hub_chose_before_a_session()
    {
        var walk = await PreSessionWalk.BookedAsync(web, Staff.Clinician());
        var admin = Admin();

        var saved = await SaveAsync(admin, "Isi", "Wsas");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var settings = await admin.GetAsync(Path);
        Assert.Equal(["Isi", "Wsas"], Ticked(settings.Html));
        var keyworker = walk.SignIn();
        var first = await keyworker.GetAsync(walk.Path);
        Assert.Contains("questionnaire 1 of 2", first.Html, StringComparison.Ordinal);
        Assert.Contains(Catalogue.Get(MeasureId.Isi).Instruction, first.Html, StringComparison.Ordinal);
        await PreSessionWalk.PostAsync(keyworker, walk.Path, first.Html, PreSessionWalk.Totalling(MeasureId.Isi, 9));
        var second = await keyworker.GetAsync(walk.Path);
        Assert.Contains("questionnaire 2 of 2", second.Html, StringComparison.Ordinal);
        var wsas = PreSessionWalk.Totalling(MeasureId.Wsas, 12);
        var last = await PreSessionWalk.PostAsync(keyworker, walk.Path, second.Html, wsas);
        Assert.Equal(HttpStatusCode.Redirect, last.Status);
        var answered = (await walk.EventsAsync())
            .OfType<MeasureCompleted>()
            .Where(e => e.Occasion == MeasureOccasion.PreSession)
            .Select(e => e.Measure);
        Assert.Equal([MeasureId.Isi, MeasureId.Wsas], answered);
    }

    [Fact]
    public async Task Saving_the_page_again_for_another_setting_keeps_the_questionnaires_before_a_session()
    {
        var admin = Admin("south");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, "Phq9")).Status);

        var page = await admin.GetAsync(Path);
        var again = await admin.PostAsync(Path, page.Html, Typed(noContactDays: "28"));

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        var shown = await admin.GetAsync(Path);
        Assert.Equal(["Phq9"], Ticked(shown.Html));
        Assert.Contains("value=\"28\"", shown.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Choose at least one questionnaire")]
    [InlineData("Choose only from the questionnaires listed for before a session", "Phq9", "Phq2")]
    [InlineData("Choose only from the questionnaires listed for before a session", "Gad7", "nonsense")]
    public async Task A_choice_of_none_or_of_a_questionnaire_not_offered_is_a_form_error(
        string error,
        params string[] chosen
    )
    {
        var admin = Admin("south");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(admin, "Gad7")).Status);

        var refused = await SaveAsync(admin, chosen);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.True(refused.HasErrorFor("SessionMeasures"), refused.Html);
        Assert.Contains(error, refused.Html, StringComparison.Ordinal);
        Assert.Equal(["Gad7"], Ticked((await admin.GetAsync(Path)).Html));
    }

    [Fact]
    public void The_validator_allows_full_questionnaires_and_refuses_brief_screens_and_none()
    {
        var validator = new ChangeHubSettingsValidator();
        ChangeHubSettings Change(params MeasureId[] measures) => new([], 33, 21, SessionMeasures: measures);

        Assert.True(validator.Validate(Change(MeasureId.Phq9, MeasureId.Pcl5, MeasureId.Audit)).IsValid);
        Assert.True(validator.Validate(new ChangeHubSettings([], 33, 21)).IsValid);
        foreach (var refused in new[] { Change(), Change(MeasureId.AuditC), Change(MeasureId.Isi, MeasureId.Isi) })
        {
            var errors = validator.Validate(refused).Errors;
            Assert.Equal("SessionMeasures", Assert.Single(errors).PropertyName);
        }
    }

    private PageClient Admin(string hub = "north") =>
        new(
            web.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(TestPrincipal.HubAdmin(hub))
        );

    /// <summary>
    /// The settings form sent with the session questionnaires ticked (the boxes share one name, so the form is
    /// built here rather than by <see cref="PageClient.PostAsync"/>, which sends one value a name).
    /// </summary>
    private static async Task<PageResult> SaveAsync(PageClient admin, params string[] sessionMeasures)
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

    private static Dictionary<string, string> Typed(string noContactDays = "21") =>
        new()
        {
            ["Pcl5CutOff"] = "33",
            ["NoContactDays"] = noContactDays,
            ["SlotMinutes"] = "50",
            ["ContactWithinWorkingDays"] = "5",
            ["ReplyWithinWorkingDays"] = "2",
        };

    private static List<string> Ticked(string html) =>
        [.. TickedSessionMeasures().Matches(html).Select(m => m.Groups["value"].Value)];

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input[^>]*name=\"SessionMeasures\"[^>]*value=\"(?<value>[^\"]+)\"[^>]*checked")]
    private static partial Regex TickedSessionMeasures();
}
