using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Tests.Clinic;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// A clinician who works for north and south has one diary: an hour booked for them in north is no longer offered
/// in south, and south cannot book them for it ("already has an appointment"), though south never sees north's
/// appointment itself.
/// </summary>
public sealed class TwoHubsDiaryTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task An_hour_booked_in_one_hub_is_neither_offered_nor_bookable_in_the_other()
    {
        var inNorth = ClinicFixture.Clinician(0);
        var inSouth = inNorth with { HubId = "south" };
        var http = clinic.App.CreateClient();
        using (var join = new HttpRequestMessage(HttpMethod.Get, "/api/my/clinician-profile"))
        {
            (await http.SendAsync(join.SignedAs(TestPrincipal.Person("clinician", ["north", "south"], inNorth.Id))))
                .EnsureSuccessStatusCode();
        }

        var south = await JourneyClient.SubmitAsync(http, Referrals.Valid("south"));
        await JourneySteps.TriageAsync(south, inSouth);
        var southBooking = $"/clinic/journeys/{south.Id}/appointments/new?clinicianId={inNorth.Id}";
        var southPages = clinic.As(ClinicFixture.Lead("south"));
        var slot = FreeSlotLinks.First((await southPages.GetAsync(southBooking)).Html, inNorth.Id);
        var zone = clinic.App.Services.GetRequiredService<ContactSettings>().Zone;
        var startsAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(slot.Local, zone), TimeSpan.Zero);
        var north = await JourneySteps.AllocatedAsync(http, inNorth, ClinicFixture.Lead());

        await north.OkAsync(inNorth, "appointments", Booking("treatment", startsAt, inNorth.Id));

        Assert.DoesNotContain(slot.Link, (await southPages.GetAsync(southBooking)).Html, StringComparison.Ordinal);
        var clash = await south.PostAsync(
            ClinicFixture.Lead("south"),
            "appointments",
            Booking("assessment", startsAt, inNorth.Id)
        );
        await Problems.AssertRefusedAsync(clash, "clinician-double-booked");
    }

    private static object Booking(string purpose, DateTimeOffset startsAt, Guid clinicianId) =>
        new
        {
            purpose,
            startsAt,
            durationMinutes = 50,
            mode = "video",
            clinicianId,
            confirmWarnings = true,
        };
}
