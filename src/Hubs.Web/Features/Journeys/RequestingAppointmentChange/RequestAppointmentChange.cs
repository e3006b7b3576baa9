using FluentValidation;
using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.RequestingAppointmentChange;

/// <summary>The keyworker asks for a different time or a cancellation; a reason is optional.</summary>
public sealed record RequestAppointmentChange(AppointmentChangeKind? Kind, string? Reason);

public sealed class RequestAppointmentChangeValidator : AbstractValidator<RequestAppointmentChange>
{
    public RequestAppointmentChangeValidator()
    {
        RuleFor(x => x.Kind)
            .NotNull()
            .WithMessage("Select whether you want a different time or to cancel.")
            .IsInEnum()
            .WithMessage("Select whether you want a different time or to cancel.");
        RuleFor(x => x.Reason).MaximumLength(2000).WithMessage("The reason must be 2000 characters or fewer.");
    }
}
