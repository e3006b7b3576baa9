using System.Text.Json;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Tests.Journeys.Decisions;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// Issue 20's allocation and out-of-hours milestones: whether the allocation met the ticked wishes (a code, never
/// the wishes, the clinician or a characteristic), and each booking's number, purpose and out-of-hours flag.
/// </summary>
public class PathwayMilestoneTests
{
    private static readonly DateTimeOffset Evening = new(2026, 3, 3, 18, 30, 0, TimeSpan.Zero);

    [Fact]
    public void An_allocation_carries_how_far_it_met_the_ticked_wishes_and_nothing_of_the_clinician()
    {
        var journey = Given.Assessed();
        var allocated = new ClinicianAllocated(journey.Id, Given.Now, Given.Clinician, Given.Lead)
        {
            Wishes = AllocationWishes.PartlyMet,
        };

        var sent = Assert.IsType<JourneyAllocated>(Map(allocated, journey, 7));

        Assert.Equal(("partly-met", 7L, "2026-11"), (sent.Wishes, sent.StreamVersion, sent.Month));
        Assert.DoesNotContain(Given.Clinician.ToString(), JsonSerializer.Serialize(sent), StringComparison.Ordinal);
        Assert.All(Enum.GetValues<AllocationWishes>(), w =>
            Assert.Contains(
                ((JourneyAllocated)Map(allocated with { Wishes = w }, journey)!).Wishes,
                AllocationCodes.Wishes
            )
        );
        // An allocation recorded before wishes were compared sends nothing (no guess).
        Assert.Null(Map(allocated with { Wishes = null }, journey));
    }

    [Fact]
    public void A_booking_and_its_move_carry_the_number_purpose_and_whether_it_is_out_of_hours()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var booked = new AppointmentBooked(
            Guid.Empty,
            second,
            Given.Now,
            AppointmentPurpose.Treatment,
            Evening,
            50,
            ContactMode.Video,
            true,
            Given.Clinician
        );
        var journey = Given
            .Allocated()
            .Then(j => booked with { JourneyId = j.Id, AppointmentId = first, OutOfHours = false })
            .Then(j => booked with { JourneyId = j.Id });

        var sent = Assert.IsType<AppointmentScheduled>(Map(booked with { JourneyId = journey.Id }, journey, 9));
        var moved = Assert.IsType<AppointmentScheduled>(
            Map(
                new AppointmentRescheduled(
                    journey.Id,
                    second,
                    Given.Now,
                    Evening.AddHours(-6),
                    ContactMode.Phone,
                    false
                ),
                journey,
                10
            )
        );

        Assert.Equal(
            (2, "treatment", true, "2026-W10"),
            (sent.AppointmentNumber, sent.Purpose, sent.OutOfHours, sent.IsoWeek)
        );
        Assert.Equal(
            (2, "treatment", false, 10L),
            (moved.AppointmentNumber, moved.Purpose, moved.OutOfHours, moved.StreamVersion)
        );
    }
}
