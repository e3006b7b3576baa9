using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.My;

/// <summary>
/// A journey of one keyworker, triaged with one assessment booked, written through the same stream start and
/// events the API uses. The signed-in fixture's host trusts only the live Hubs.Identity, so test-issuer tokens
/// cannot reach its API; this writes in the host's own store instead.
/// </summary>
public static class OwnJourneySeed
{
    public static readonly DateTimeOffset AppointmentAt = new(2030, 3, 5, 14, 30, 0, TimeSpan.Zero);

    public static async Task<(Guid JourneyId, Guid AppointmentId)> BookedAsync(
        IServiceProvider services,
        Guid keyworkerId,
        string name = "Sam Rivers"
    )
    {
        var now = DateTimeOffset.UtcNow;
        var journeyId = await SeededReferrals.SubmitAsync(
            services,
            SeededReferrals.Referral(
                name: name,
                phone: "07700 900123",
                organisation: "Northern Trust",
                helpWith: "Sleeping badly after nights."
            ),
            keyworkerId,
            now
        );
        var appointmentId = Guid.NewGuid();
        var clinician = Guid.NewGuid();
        await SeededReferrals.AppendAsync(
            services,
            journeyId,
            new ScreeningCompleted(journeyId, now, ScreeningTakenBy.ClinicianByPhone, 12, 9, RiskLevel.None),
            new ReferralTriaged(
                journeyId,
                now,
                clinician,
                TriageOutcome.Assess,
                Personal.Of(journeyId, "Fits the service."),
                null
            ),
            new AppointmentBooked(
                journeyId,
                appointmentId,
                now,
                AppointmentPurpose.Assessment,
                AppointmentAt,
                50,
                ContactMode.Video,
                false,
                clinician
            )
        );
        return (journeyId, appointmentId);
    }

    /// <summary>
    /// A referral whose screening questions are still to answer online (the draft the referral pages leave).
    /// </summary>
    public static async Task<(Guid JourneyId, Guid ScreeningId)> UnscreenedAsync(
        IServiceProvider services,
        Guid keyworkerId
    )
    {
        var screeningId = Guid.NewGuid();
        var journeyId = await SeededReferrals.SubmitAsync(
            services,
            SeededReferrals.Referral(),
            keyworkerId,
            DateTimeOffset.UtcNow,
            (session, id) => session.Store(new ScreeningDraft { Id = screeningId, JourneyId = id })
        );
        return (journeyId, screeningId);
    }

    public static async Task<Journey> LoadAsync(IServiceProvider services, Guid journeyId)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IQuerySession>().LoadAsync<Journey>(journeyId))!;
    }
}
