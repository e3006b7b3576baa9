using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>What the risk section of a journey page shows; <c>Actions</c> adds the links to record risk.</summary>
public sealed record RiskPanel(Guid JourneyId, RiskPicture Risk, ClinicClock Times, bool Actions, bool Ended)
{
    /// <summary>The review date has passed without a newer assessment (Hub-local date).</summary>
    public bool ReviewOverdue => Risk.Assessment is { } a && a.ReviewBy < DateOnly.FromDateTime(Times.Local(Times.Now));
}
