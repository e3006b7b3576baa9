using System.Globalization;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.ReadingDiary;
using Hubs.Web.Tests.Clinic;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// A clinician who works for north and south has one diary: an hour booked for them in north is no longer offered
/// in south, south cannot book them for it ("already has an appointment"), and south's diary shows the hour as
/// booked in another Hub, though south never sees north's appointment itself. A clinician of north alone shows
/// south nothing of their time.
/// </summary>
public sealed class TwoHubsDiaryTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string Elsewhere = "Booked in another Hub";

    [Fact]
    public async Task An_hour_booked_in_one_hub_is_neither_offered_nor_bookable_in_the_other()
    {
        var (inNorth, south, southBooking, slot, _) = await BookedInNorthAsync();

        var southPages = clinic.As(ClinicFixture.Lead("south"));
        Assert.DoesNotContain(slot.Link, (await southPages.GetAsync(southBooking)).Html, StringComparison.Ordinal);
        var clash = await south.PostAsync(
            ClinicFixture.Lead("south"),
            "appointments",
            Booking("assessment", slot.StartsAt, inNorth.Id)
        );
        await Problems.AssertRefusedAsync(clash, "clinician-double-booked");
    }

    [Fact]
    public async Task The_other_hubs_diary_shows_the_hour_as_booked_elsewhere_and_nothing_of_the_appointment()
    {
        var (inNorth, _, _, slot, north) = await BookedInNorthAsync();
        var diary = DiaryOf(inNorth.Id, slot.Local);

        var southDiary = (await clinic.As(ClinicFixture.Lead("south")).GetAsync(diary)).Html;
        var northDiary = (await clinic.As(ClinicFixture.Lead()).GetAsync(diary)).Html;

        Assert.Matches(EntryAt(slot.Local, Elsewhere), southDiary);
        Assert.DoesNotMatch(EntryAt(slot.Local, "Free slot"), southDiary);
        Assert.DoesNotContain(north.Id.ToString(), southDiary, StringComparison.Ordinal);
        Assert.DoesNotContain(JourneyReference.Of(north.Id), southDiary, StringComparison.Ordinal);
        Assert.Contains(JourneyReference.Of(north.Id), northDiary, StringComparison.Ordinal);
        Assert.DoesNotContain(Elsewhere, northDiary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hub_asking_for_the_diary_of_a_clinician_it_does_not_have_learns_nothing_of_their_time()
    {
        var northOnly = ClinicFixture.Clinician(1);
        var http = clinic.App.CreateClient();
        var north = await JourneySteps.AllocatedAsync(http, northOnly, ClinicFixture.Lead());
        var booking = $"/clinic/journeys/{north.Id}/appointments/new?clinicianId={northOnly.Id}";
        var slot = FreeSlotLinks.First((await clinic.As(ClinicFixture.Lead()).GetAsync(booking)).Html, northOnly.Id);
        await north.OkAsync(northOnly, "appointments", Booking("treatment", StartsAt(slot.Local), northOnly.Id));

        var southDiary = (
            await clinic.As(ClinicFixture.Lead("south")).GetAsync(DiaryOf(northOnly.Id, slot.Local))
        ).Html;

        Assert.DoesNotContain(Elsewhere, southDiary, StringComparison.Ordinal);
        Assert.DoesNotContain(north.Id.ToString(), southDiary, StringComparison.Ordinal);
    }

    /// <summary>
    /// Alex Morgan joins south as well as north; south's first free slot for them is then booked by north.
    /// </summary>
    private async Task<(
        Staff InNorth,
        JourneyClient South,
        string SouthBooking,
        (string Link, DateTime Local, DateTimeOffset StartsAt) Slot,
        JourneyClient North
    )> BookedInNorthAsync()
    {
        var inNorth = ClinicFixture.Clinician(0);
        var inSouth = inNorth with { HubId = "south" };
        var http = clinic.App.CreateClient();
        using (var join = new HttpRequestMessage(HttpMethod.Get, "/api/my/clinician-profile"))
        {
            (
                await http.SendAsync(join.SignedAs(TestPrincipal.Person("clinician", ["north", "south"], inNorth.Id)))
            ).EnsureSuccessStatusCode();
        }

        var south = await JourneyClient.SubmitAsync(http, Referrals.Valid("south"));
        await JourneySteps.TriageAsync(south, inSouth);
        var southBooking = $"/clinic/journeys/{south.Id}/appointments/new?clinicianId={inNorth.Id}";
        var (link, local) = FreeSlotLinks.First(
            (await clinic.As(ClinicFixture.Lead("south")).GetAsync(southBooking)).Html,
            inNorth.Id
        );
        var north = await JourneySteps.AllocatedAsync(http, inNorth, ClinicFixture.Lead());
        await north.OkAsync(inNorth, "appointments", Booking("treatment", StartsAt(local), inNorth.Id));
        return (inNorth, south, southBooking, (link, local, StartsAt(local)), north);
    }

    private DateTimeOffset StartsAt(DateTime local)
    {
        var zone = clinic.App.Services.GetRequiredService<ContactSettings>().Zone;
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static string DiaryOf(Guid clinicianId, DateTime local) =>
        $"/clinic/diary?clinician={clinicianId}&week="
        + DiaryWeek.MondayOf(DateOnly.FromDateTime(local)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The diary's line for that day and time: the day's heading, then the time and what it holds.</summary>
    private static Regex EntryAt(DateTime local, string what) =>
        new(
            Regex.Escape(local.ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB")))
                + "</h3>(?:(?!</ul>).)*?"
                + Regex.Escape(local.ToString("HH:mm", CultureInfo.InvariantCulture))
                + "</span>\\s*<span>"
                + Regex.Escape(what),
            RegexOptions.Singleline
        );

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
