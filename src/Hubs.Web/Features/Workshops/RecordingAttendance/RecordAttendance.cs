using FluentValidation;
using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.Workshops.RecordingAttendance;

/// <summary>The workshop took place: the places whose holders came (every other booked place did not).</summary>
public sealed record RecordAttendance(IReadOnlyList<Guid>? Attended);

public sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator() =>
        RuleFor(x => x.Attended)
            .NotNull()
            .WithMessage("List the places whose holders came (an empty list if nobody came).");
}

/// <summary>Attendance is recorded once, after the workshop has started, for places that were booked.</summary>
public static class RecordAttendanceDecision
{
    public static Decision Decide(Workshop workshop, RecordAttendance command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(command);
        if (workshop.Held)
        {
            return Decision.Refuse("attendance-recorded", "Attendance for this workshop has already been recorded.");
        }

        if (workshop.StartsAt > now)
        {
            return Decision.Refuse("workshop-not-started", "Attendance is recorded once the workshop has started.");
        }

        var booked = workshop.Booked.Select(p => p.Id).ToHashSet();
        return command.Attended!.All(booked.Contains)
            ? Decision.Accept(new WorkshopAttendanceRecorded(workshop.Id, [.. command.Attended!.Distinct()], now))
            : Decision.Refuse("place-not-booked", "Only places that were booked can be marked as attended.");
    }
}
