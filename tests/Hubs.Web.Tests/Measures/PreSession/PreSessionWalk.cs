using System.Globalization;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Measures.PreSession;

/// <summary>
/// A treated journey with a treatment session booked next week, and the keyworker's pages about it, driven as the
/// keyworker's browser would (the form's antiforgery token and version sent back with the answers).
/// </summary>
internal sealed record PreSessionWalk(TestHost<WebEntryPoint> Host, JourneyClient Journey, Guid AppointmentId)
{
    public static async Task<PreSessionWalk> BookedAsync(WebHostFixture web, Staff clinician)
    {
        var journey = await JourneySteps.TreatedAsync(web.Client, clinician, Staff.Lead(), 12, 9);
        var appointment = await JourneySteps.BookTreatmentAsync(journey, clinician, web.Clock);
        return new(web.Host, journey, appointment);
    }

    public string Path => $"/my/journeys/{Journey.Id}/appointments/{AppointmentId}/questions";

    /// <summary>The keyworker signed in afresh: a new browser with no cookies, the same person.</summary>
    public PageClient SignIn(TestPrincipal? who = null) =>
        new(
            Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
                .As(who ?? Journey.Keyworker)
        );

    /// <summary>Answers the questionnaire the page shows; "later" saves what is given and stops.</summary>
    public static async Task<PageResult> AnswerAsync(
        PageClient keyworker,
        string path,
        IReadOnlyDictionary<string, int> answers,
        bool later = false
    )
    {
        var page = await keyworker.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        return await PostAsync(keyworker, path, page.Html, answers, later);
    }

    public static Task<PageResult> PostAsync(
        PageClient keyworker,
        string path,
        string html,
        IReadOnlyDictionary<string, int> answers,
        bool later = false
    )
    {
        var fields = answers.ToDictionary(
            a => a.Key.Replace('.', '-'),
            a => a.Value.ToString(CultureInfo.InvariantCulture)
        );
        if (later)
        {
            fields["Save"] = "later";
        }

        return keyworker.PostAsync(path, html, fields);
    }

    public async Task<IReadOnlyList<object>> EventsAsync()
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return [.. (await session.Events.FetchStreamAsync(Journey.Id)).Select(e => e.Data)];
    }

    /// <summary>The journey for staff calls, at the version the keyworker's own pages left it.</summary>
    public async Task<JourneyClient> CurrentAsync(HttpClient http)
    {
        await using var session = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var version = (await session.Events.FetchStreamStateAsync(Journey.Id))!.Version;
        return new JourneyClient(http, Journey.Id, version, Journey.Keyworker);
    }

    public static Dictionary<string, int> Totalling(MeasureId measure, int total) =>
        Questionnaires.Answers.Totalling(measure, total);
}
