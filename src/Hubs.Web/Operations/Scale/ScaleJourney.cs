using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// One synthetic journey as the real decisions would have recorded it: the referral (through its own decision),
/// then what <see cref="ScaleStory"/> tells. The journey's own random numbers come from the run's seed and its
/// number, so the same number always gives the same journey and a resumed run writes what a whole one would.
/// </summary>
public sealed record ScaleJourney(Guid Id, string HubId, Guid Keyworker, IReadOnlyList<IJourneyEvent> Events)
{
    public static ScaleJourney Make(int n, ScalePlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var random = new Random(unchecked((plan.Seed * 1_000_003) + n)); // not HashCode: it differs per process
        var id = plan.JourneyId(n);
        var (hubId, clinicians) = plan.HubFor(random);
        var submitted = now.AddMinutes(-random.Next(plan.Years * 365 * 24 * 60));
        var referral = SubmitSelfReferralDecision.Decide(ScalePeople.Referral(n, hubId, random), id, submitted);
        var clinician = ClinicianSeed.IdFor(hubId, random.Next(clinicians));
        var events = new ScaleStory(id, random, now, clinician).Tell(submitted);
        return new ScaleJourney(id, hubId, referral.KeyworkerId, [referral, .. events]);
    }
}
