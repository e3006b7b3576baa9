using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.Workshops.SchedulingWorkshop;

/// <summary>A workshop is scheduled in the future, run by one of the Hub's own clinicians.</summary>
public static class ScheduleWorkshopDecision
{
    public static Decision Decide(
        ScheduleWorkshop command,
        Guid workshopId,
        string hubId,
        IReadOnlyCollection<Guid> hubClinicians,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(hubClinicians);
        if (command.StartsAt!.Value <= now)
        {
            return Decision.Refuse("starts-in-past", "A workshop is scheduled for a time still to come.");
        }

        if (!hubClinicians.Contains(command.FacilitatorId))
        {
            return Decision.Refuse("facilitator-not-in-hub", "Choose a clinician of your own Hub to run it.");
        }

        return Decision.Accept(
            new WorkshopScheduled(
                workshopId,
                hubId,
                command.Title.Trim(),
                command.StartsAt.Value,
                command.DurationMinutes,
                command.Mode!.Value,
                command.Venue?.Trim() ?? "",
                command.Capacity,
                [.. command.Sectors!.Order()],
                command.Measure!.Value,
                command.FacilitatorId,
                now
            )
        );
    }
}
