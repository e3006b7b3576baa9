using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>A booking makes its clinician one who cares for the client: only a hub lead may name someone new.</summary>
public class BookingNamesClinicianTests
{
    private static readonly Guid Colleague = Guid.NewGuid();

    private static BookAppointment Naming(
        Guid? clinicianId,
        AppointmentPurpose purpose = AppointmentPurpose.Treatment
    ) => new(purpose, Given.Now.AddDays(3), 50, ContactMode.Video, clinicianId);

    [Fact]
    public void A_clinician_not_on_an_allocated_journey_cannot_book_themselves_onto_it()
    {
        BookAppointmentDecision
            .Decide(Given.Allocated(), Naming(Colleague), Guid.NewGuid(), Colleague, Given.Now, Given.Hours)
            .Refused("clinician-not-on-journey");
    }

    [Fact]
    public void The_allocated_clinician_can_be_named_by_anyone_let_in_and_anyone_by_the_hub_lead()
    {
        Assert.Single(
            BookAppointmentDecision
                .Decide(Given.Allocated(), Naming(Given.Clinician), Guid.NewGuid(), Colleague, Given.Now, Given.Hours)
                .Events
        );
        Assert.Single(
            BookAppointmentDecision
                .Decide(
                    Given.Allocated(),
                    Naming(Colleague),
                    Guid.NewGuid(),
                    Given.Lead,
                    Given.Now,
                    Given.Hours,
                    byHubLead: true
                )
                .Events
        );
    }

    [Fact]
    public void Before_allocation_any_clinician_of_the_hub_can_take_the_assessment()
    {
        Assert.Single(
            BookAppointmentDecision
                .Decide(
                    Given.Triaged(),
                    Naming(Colleague, AppointmentPurpose.Assessment),
                    Guid.NewGuid(),
                    Colleague,
                    Given.Now,
                    Given.Hours
                )
                .Events
        );
    }
}
