using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>Consultations in the clinic pages' words.</summary>
public static class ConsultationWords
{
    public static readonly IReadOnlyList<Choice> AdviceAreas =
    [
        new(nameof(AdviceArea.SupportingAfterIncident), "Supporting staff after an incident"),
        new(nameof(AdviceArea.SicknessAbsence), "Sickness absence"),
        new(nameof(AdviceArea.TeamConflict), "Conflict in the team"),
        new(nameof(AdviceArea.Bereavement), "Bereavement"),
        new(nameof(AdviceArea.Burnout), "Burnout and workload"),
        new(nameof(AdviceArea.ReturnToWork), "Return to work"),
        new(nameof(AdviceArea.OrganisationalChange), "Organisational change"),
        new(nameof(AdviceArea.Other), "Something else"),
    ];

    public static readonly IReadOnlyList<Choice> Abouts =
    [
        new(nameof(ConsultationAbout.Team), "Supporting a team"),
        new(nameof(ConsultationAbout.Individual), "Supporting one member of staff"),
    ];

    public static string Of(AdviceArea area) => PartnerWords.Of(AdviceAreas, area);

    public static string Of(ConsultationAbout about) => PartnerWords.Of(Abouts, about);
}
