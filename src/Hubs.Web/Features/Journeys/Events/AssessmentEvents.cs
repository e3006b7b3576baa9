using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>Formulation and plan are clinical notes (personal); scores and intervention are facts.</summary>
public sealed record AssessmentCompleted(
    Guid JourneyId,
    DateTimeOffset AssessedAt,
    Guid ClinicianId,
    InterventionType Intervention,
    int Phq9Total,
    int Gad7Total,
    Personal<string> Formulation,
    Personal<string> AgreedPlan
) : IJourneyEvent;

/// <summary>
/// A hub lead gave the journey to a clinician; it waits for treatment from here. <see cref="Wishes"/>: how far the
/// clinician met the characteristics the keyworker ticked, judged when allocated (null on allocations made before).
/// </summary>
public sealed record ClinicianAllocated(Guid JourneyId, DateTimeOffset AllocatedAt, Guid ClinicianId, Guid AllocatedBy)
    : IJourneyEvent
{
    public AllocationWishes? Wishes { get; init; }
}

/// <summary>How far an allocated clinician met the characteristics the keyworker ticked.</summary>
public enum AllocationWishes
{
    NoneStated,
    Met,
    PartlyMet,
    NotMet,
}
