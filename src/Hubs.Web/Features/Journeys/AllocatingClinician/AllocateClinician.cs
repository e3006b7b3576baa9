using FluentValidation;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.AllocatingClinician;

/// <summary>A hub lead allocates (or re-allocates) the journey to a clinician of the Hub.</summary>
public sealed record AllocateClinician(Guid ClinicianId);

public sealed class AllocateClinicianValidator : AbstractValidator<AllocateClinician>
{
    public AllocateClinicianValidator() =>
        RuleFor(x => x.ClinicianId).NotEmpty().WithMessage("Choose the clinician to allocate.");
}

public static class AllocateClinicianDecision
{
    public static Decision Decide(
        Journey journey,
        AllocateClinician command,
        Guid allocatedBy,
        DateTimeOffset now,
        AllocationWishes? wishes = null
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.AssessedAt is null)
        {
            return Decision.Refuse("not-assessed", "Record the assessment before allocating a clinician.");
        }

        if (journey.ClinicianId == command.ClinicianId)
        {
            return Decision.Refuse("already-allocated", "This journey is already allocated to that clinician.");
        }

        return Decision.Accept(
            new ClinicianAllocated(journey.Id, now, command.ClinicianId, allocatedBy) { Wishes = wishes }
        );
    }
}
