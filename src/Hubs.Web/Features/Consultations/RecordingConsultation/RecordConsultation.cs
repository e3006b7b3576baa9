using FluentValidation;

namespace Hubs.Web.Features.Consultations.RecordingConsultation;

/// <summary>
/// Record a manager's consultation in the caller's Hub: the day, whether it was about a team or one member of
/// staff, the advice area, and the manager's organisation type and sector. Codes only: nothing here names anyone.
/// </summary>
public sealed record RecordConsultation(
    DateOnly? HeldOn,
    ConsultationAbout? About,
    AdviceArea? AdviceArea,
    PartnerSector? Sector,
    OrganisationType? OrganisationType
);

public sealed class RecordConsultationValidator : AbstractValidator<RecordConsultation>
{
    public RecordConsultationValidator()
    {
        RuleFor(x => x.HeldOn).NotNull().WithMessage("Enter the date of the consultation, like 2026-11-20.");
        RuleFor(x => x.About).Chosen("Say whether the manager asked about a team or one member of staff.");
        RuleFor(x => x.AdviceArea).Chosen("Choose what the manager asked advice about.");
        RuleFor(x => x.Sector).Chosen("Choose the sector the manager works in.");
        RuleFor(x => x.OrganisationType).Chosen("Choose the kind of organisation the manager works in.");
    }
}

/// <summary>A consultation is recorded for a day that has happened, within the last year.</summary>
public static class RecordConsultationDecision
{
    public static Decision Decide(
        RecordConsultation command,
        Guid consultationId,
        string hubId,
        DateOnly today,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        return WorkDay.Decide(command.HeldOn, today, held => new ConsultationRecorded(
            consultationId,
            hubId,
            held,
            command.About!.Value,
            command.AdviceArea!.Value,
            command.Sector!.Value,
            command.OrganisationType!.Value,
            now
        ));
    }
}
