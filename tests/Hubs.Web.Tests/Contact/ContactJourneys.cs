using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Contact;

/// <summary>A journey up to a booked assessment appointment, with the contact preferences a test needs.</summary>
public sealed record ContactJourney(JourneyClient Journey, Staff Clinician, string Email, string Phone)
{
    public Guid KeyworkerId => Journey.Keyworker.Subject;

    public static object Preferences(
        string[] channels,
        string[]? safeTimes = null,
        bool mayNameHub = true,
        bool remindersWanted = true
    ) =>
        new
        {
            channels,
            safeTimes = safeTimes ?? ["weekday-mornings", "weekday-afternoons", "weekday-evenings", "weekends"],
            voicemailOk = false,
            mayNameHub,
            remindersWanted,
        };

    public static async Task<ContactJourney> TriagedAsync(HttpClient http, object preferences)
    {
        var referral = Referrals.Valid();
        referral["phone"] =
            "07700 9" + Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        referral["contact"] = preferences;
        var journey = await JourneyClient.SubmitAsync(http, referral);
        var clinician = Staff.Clinician();
        await JourneySteps.TriageAsync(journey, clinician);
        return new ContactJourney(journey, clinician, (string)referral["email"]!, (string)referral["phone"]!);
    }

    /// <summary>The same journey through another host's client (after a restart).</summary>
    public ContactJourney On(HttpClient http) =>
        this with
        {
            Journey = new JourneyClient(http, Journey.Id, Journey.Version, Journey.Keyworker),
        };

    /// <summary>
    /// Books as agreed with the keyworker (warnings confirmed): these tests choose times outside safe times on purpose.
    /// </summary>
    public async Task<Guid> BookAsync(DateTimeOffset startsAt)
    {
        var booked = await Journey.OkAsync(
            Clinician,
            "appointments",
            new
            {
                purpose = "assessment",
                startsAt,
                durationMinutes = 50,
                mode = "video",
                outOfHours = false,
                confirmWarnings = true,
            }
        );
        return booked.GetProperty("appointmentId").GetGuid();
    }

    /// <summary>The Hub's lead, who may open every journey of the Hub.</summary>
    public Staff Lead { get; } = Staff.Lead();

    /// <summary>The reminders and notices as staff see them on the journey.</summary>
    public async Task<List<JsonElement>> DeliveriesAsync() =>
        (await Journey.GetAsync(Lead, "/contact")).GetProperty("deliveries").EnumerateArray().ToList();

    public async Task<HttpResponseMessage> AsKeyworkerAsync(
        HttpClient http,
        HttpMethod method,
        string path,
        object? body = null
    )
    {
        using var request = new HttpRequestMessage(method, $"/api/keyworker/journeys/{Journey.Id}/{path}").SignedAs(
            Journey.Keyworker
        );
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }
}
