using FluentValidation;

namespace Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

/// <summary>
/// A Hub's response targets for adverse events (one document per Hub, id = Hub id): first contact within 24 to
/// 72 hours of logging (default 72) and check-ins so many days after first contact (default 1 week and 1 month).
/// An event keeps the targets it was logged with.
/// </summary>
public sealed record AdverseEventSettings(string Id, int FirstContactTargetHours, IReadOnlyList<int> FollowUpDays)
{
    public static AdverseEventSettings Default(string hubId) => new(hubId, 72, [7, 30]);
}

/// <summary>Change the Hub's response targets (future events only).</summary>
public sealed record ChangeAdverseEventSettings(int FirstContactTargetHours, IReadOnlyList<int>? FollowUpDays);

public sealed class ChangeAdverseEventSettingsValidator : AbstractValidator<ChangeAdverseEventSettings>
{
    public ChangeAdverseEventSettingsValidator()
    {
        RuleFor(x => x.FirstContactTargetHours)
            .InclusiveBetween(24, 72)
            .WithMessage("The first contact target is 24 to 72 hours.");
        RuleFor(x => x.FollowUpDays)
            .Must(days =>
                days is { Count: >= 1 and <= 4 }
                && days.All(d => d is >= 1 and <= 90)
                && days.Distinct().Count() == days.Count
            )
            .WithMessage("Give one to four different check-in days, each 1 to 90 days after first contact.");
    }
}
