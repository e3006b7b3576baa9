using System.Net;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.Access;

/// <summary>
/// A clinician whose caseload does not hold a journey can no more write to it than read it: writes go
/// through the same access rule as reads, and a booking cannot make its writer the journey's clinician.
/// </summary>
public sealed class BreakGlassWriteTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _allocated = Staff.Clinician();
    private readonly Staff _colleague = Staff.Clinician();
    private readonly Staff _lead = Staff.Lead();

    [Fact]
    public async Task A_colleague_cannot_book_themselves_onto_a_journey_held_by_someone_else()
    {
        var journey = await AllocatedJourneyAsync();

        var booked = await journey.PostAsync(_colleague, "appointments", Booking(_colleague.Id));
        var read = await web.Client.SendAsync(_colleague.Request(HttpMethod.Get, $"/api/journeys/{journey.Id}"));

        Assert.Equal(HttpStatusCode.Forbidden, booked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        var audit = await journey.GetAsync(_lead, "/audit");
        Assert.DoesNotContain(audit.EnumerateArray(), e => e.GetProperty("staffId").GetGuid() == _colleague.Id);
    }

    [Fact]
    public async Task Under_break_glass_a_colleague_still_cannot_name_themselves_on_a_booking()
    {
        var journey = await AllocatedJourneyAsync();
        var grant = await web.Client.SendAsync(
            _colleague.Request(
                HttpMethod.Post,
                $"/api/journeys/{journey.Id}/break-glass",
                new { reason = "Covering a risk call while the allocated clinician is on leave." }
            )
        );
        Assert.Equal(HttpStatusCode.OK, grant.StatusCode);

        var booked = await journey.PostAsync(_colleague, "appointments", Booking(_colleague.Id));
        var forAllocated = await journey.PostAsync(_colleague, "appointments", Booking(_allocated.Id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, booked.StatusCode);
        Assert.Contains("clinician-not-on-journey", await booked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, forAllocated.StatusCode);
    }

    [Fact]
    public async Task Another_hubs_clinician_gets_the_same_answer_as_for_a_journey_that_does_not_exist()
    {
        var journey = await AllocatedJourneyAsync();
        var stranger = Staff.Clinician("south");

        var real = await web.Client.SendAsync(
            stranger.Request(
                HttpMethod.Post,
                $"/api/journeys/{journey.Id}/appointments",
                Booking(stranger.Id),
                journey.Version
            )
        );
        var none = await web.Client.SendAsync(
            stranger.Request(
                HttpMethod.Post,
                $"/api/journeys/{Guid.NewGuid()}/appointments",
                Booking(stranger.Id),
                journey.Version
            )
        );

        Assert.Equal(HttpStatusCode.NotFound, real.StatusCode);
        Assert.Equal(await ProblemShape.OfAsync(none), await ProblemShape.OfAsync(real));
    }

    private static object Booking(Guid clinicianId) =>
        new
        {
            purpose = "treatment",
            startsAt = DateTimeOffset.UtcNow.AddDays(3),
            durationMinutes = 60,
            mode = "video",
            clinicianId,
        };

    private Task<JourneyClient> AllocatedJourneyAsync() => JourneySteps.AllocatedAsync(web.Client, _allocated, _lead);
}
