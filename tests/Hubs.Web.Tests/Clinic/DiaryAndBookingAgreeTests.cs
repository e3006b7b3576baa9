using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.ReadingDiary;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// The diary and the booking form read the same appointments (the <see cref="JourneyAppointments"/> read model): a
/// free slot booked through the API shows in the clinician's diary and is no longer offered for booking; once
/// cancelled it leaves the diary and is offered again.
/// </summary>
public sealed class DiaryAndBookingAgreeTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task A_slot_booked_through_the_api_is_in_the_diary_and_not_offered_and_free_again_once_cancelled()
    {
        var clinician = ClinicFixture.Clinician(0);
        var journey = await AllocatedAsync(clinician);
        var pages = clinic.As(clinician);
        var booking = $"/clinic/journeys/{journey.Id}/appointments/new?clinicianId={clinician.Id}";
        var slot = FreeSlotLinks.First((await pages.GetAsync(booking)).Html, clinician.Id);
        var zone = clinic.App.Services.GetRequiredService<ContactSettings>().Zone;
        var startsAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(slot.Local, zone), TimeSpan.Zero);
        var diary =
            $"/clinic/diary?clinician={clinician.Id}"
            + $"&week={DiaryWeek.MondayOf(DateOnly.FromDateTime(slot.Local)):yyyy-MM-dd}";

        var booked = await journey.OkAsync(
            clinician,
            "appointments",
            new
            {
                purpose = "treatment",
                startsAt,
                durationMinutes = 50,
                mode = "video",
                clinicianId = clinician.Id,
                confirmWarnings = true,
            }
        );
        var appointment = booked.GetProperty("appointmentId").GetGuid();
        var entry = $"/clinic/journeys/{journey.Id}/appointments/{appointment}";

        Assert.Contains(entry, (await pages.GetAsync(diary)).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(slot.Link, (await pages.GetAsync(booking)).Html, StringComparison.Ordinal);
        Assert.Equal(AppointmentState.Booked, (await ReadModelAsync(journey.Id)).Find(appointment)?.State);

        await journey.OkAsync(
            clinician,
            $"appointments/{appointment}/cancellation",
            new { by = "hub", reason = "Clinician unwell." }
        );

        Assert.DoesNotContain(entry, (await pages.GetAsync(diary)).Html, StringComparison.Ordinal);
        Assert.Contains(slot.Link, (await pages.GetAsync(booking)).Html, StringComparison.Ordinal);
        Assert.Equal(AppointmentState.CancelledByHub, (await ReadModelAsync(journey.Id)).Find(appointment)?.State);
    }

    private Task<JourneyClient> AllocatedAsync(Staff clinician) =>
        JourneySteps.AllocatedAsync(clinic.App.CreateClient(), clinician, ClinicFixture.Lead());

    private async Task<JourneyAppointments> ReadModelAsync(Guid id)
    {
        await using var session = clinic.Store.QuerySession();
        return (await session.LoadAsync<JourneyAppointments>(id))!;
    }
}
