using FluentValidation;

namespace Hubs.Web.Features.Outreach.RecordingOutreach;

/// <summary>
/// Record outreach by the caller's Hub: the day, the kind, the organisation type and sector, and how many attended.
/// </summary>
public sealed record RecordOutreach(
    DateOnly? HeldOn,
    OutreachKind? Kind,
    PartnerSector? Sector,
    OrganisationType? OrganisationType,
    int Attendees
);

public sealed class RecordOutreachValidator : AbstractValidator<RecordOutreach>
{
    public RecordOutreachValidator()
    {
        RuleFor(x => x.HeldOn).NotNull().WithMessage("Enter the date of the outreach, like 2026-11-20.");
        RuleFor(x => x.Kind).Chosen("Choose the kind of outreach.");
        RuleFor(x => x.OrganisationType).Chosen("Choose the kind of organisation you reached.");
        RuleFor(x => x.Sector).Chosen("Choose the organisation's sector.");
        RuleFor(x => x.Attendees)
            .InclusiveBetween(1, 1000)
            .WithMessage("Enter how many attended, as a number from 1 to 1000 (never their names).");
    }
}

/// <summary>Outreach is recorded for a day that has happened, within the last year.</summary>
public static class RecordOutreachDecision
{
    public static Decision Decide(
        RecordOutreach command,
        Guid outreachId,
        string hubId,
        DateOnly today,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        return WorkDay.Decide(command.HeldOn, today, held => new OutreachRecorded(
            outreachId,
            hubId,
            held,
            command.Kind!.Value,
            command.Sector!.Value,
            command.OrganisationType!.Value,
            command.Attendees,
            now
        ));
    }
}
