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
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var keys = scope.ServiceProvider.GetRequiredService<KeyworkerKeys>();
        var now = DateTimeOffset.UtcNow;
        var command = new SubmitSelfReferral(
            "north",
            name,
            "sam.rivers@example.org",
            "07700 900123",
            "Northern Trust",
            Sector.Health,
            StaffGroup.Nursing,
            AgeBand.From25To34,
            Sex.Female,
            EthnicityGroup.White,
            Disability.No,
            "Sleeping badly after nights.",
            true,
            false
        );
        var journeyId = await SelfReferralStream.StartAsync(
            session,
            keys,
            command,
            now,
            keyworkerId,
            CancellationToken.None
        );
        await session.SaveChangesAsync();
        var appointmentId = Guid.NewGuid();
        var clinician = Guid.NewGuid();
        session.Events.Append(
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
        await session.SaveChangesAsync();
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
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var command = new SubmitSelfReferral(
            "north",
            "Sam Rivers",
            "sam.rivers@example.org",
            null,
            null,
            Sector.Health,
            StaffGroup.Nursing,
            AgeBand.From25To34,
            Sex.Female,
            EthnicityGroup.White,
            Disability.No,
            "Low mood.",
            true,
            false
        );
        var journeyId = await SelfReferralStream.StartAsync(
            session,
            scope.ServiceProvider.GetRequiredService<KeyworkerKeys>(),
            command,
            DateTimeOffset.UtcNow,
            keyworkerId,
            CancellationToken.None
        );
        var draft = new ScreeningDraft { Id = Guid.NewGuid(), JourneyId = journeyId };
        session.Store(draft);
        await session.SaveChangesAsync();
        return (journeyId, draft.Id);
    }

    public static async Task<Journey> LoadAsync(IServiceProvider services, Guid journeyId)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IQuerySession>().LoadAsync<Journey>(journeyId))!;
    }
}
