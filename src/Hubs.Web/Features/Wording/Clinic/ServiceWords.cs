using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>The words for each kind of service, mapped once; a new kind without words throws.</summary>
public static class ServiceWords
{
    public static string Of(ServiceKind kind) =>
        kind switch
        {
            ServiceKind.Gp => "GP",
            ServiceKind.TalkingTherapies => "NHS Talking Therapies",
            ServiceKind.CommunityMentalHealth => "Community or secondary mental health",
            ServiceKind.SpecialistTrauma => "Specialist trauma service",
            ServiceKind.OccupationalHealth => "Occupational health",
            ServiceKind.EmployeeAssistance => "Employee assistance programme",
            ServiceKind.CharityOrHelpline => "Charity or helpline",
            ServiceKind.Other => "Other",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A service kind without words."),
        };

    public static readonly IReadOnlyList<Choice> Kinds =
    [
        .. Enum.GetValues<ServiceKind>().Select(k => new Choice(k.ToString(), Of(k))),
    ];

    /// <summary>A service as a clinician picks it: its name and, after it, its kind.</summary>
    public static string Named(string name, ServiceKind kind) => $"{name} ({Of(kind)})";
}
