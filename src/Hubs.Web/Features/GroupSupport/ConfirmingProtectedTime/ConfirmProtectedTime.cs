using FluentValidation;

namespace Hubs.Web.Features.GroupSupport.ConfirmingProtectedTime;

/// <summary>The department confirmed the members' protected time for the group: when, and by whom (a role).</summary>
public sealed record ConfirmProtectedTime(DateOnly? ConfirmedOn, string ConfirmedByRole);

public sealed class ConfirmProtectedTimeValidator : AbstractValidator<ConfirmProtectedTime>
{
    public ConfirmProtectedTimeValidator()
    {
        RuleFor(x => x.ConfirmedOn)
            .NotNull()
            .WithMessage("Enter the date protected time was confirmed, like 2026-11-20.");
        RuleFor(x => x.ConfirmedByRole).Must(RoleLabel.IsAcceptable).WithMessage("Who confirmed it: " + RoleLabel.Rule);
    }
}

/// <summary>Confirmed on a day that has come; a later confirmation (a renewal) replaces the earlier one.</summary>
public static class ConfirmProtectedTimeDecision
{
    public static Decision Decide(GroupSeries series, ConfirmProtectedTime command, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(command);
        return command.ConfirmedOn > today
            ? Decision.Refuse("confirmed-in-future", "Record protected time once the department has confirmed it.")
            : Decision.Accept(
                new ProtectedTimeConfirmed(series.Id, command.ConfirmedOn!.Value, command.ConfirmedByRole.Trim(), now)
            );
    }
}
