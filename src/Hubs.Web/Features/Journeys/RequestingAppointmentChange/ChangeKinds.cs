using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.RequestingAppointmentChange;

/// <summary>The two requests as the form posts and shows them.</summary>
public static class ChangeKinds
{
    public static IReadOnlyList<Choice> Choices { get; } =
    [new("reschedule", "I need a different time"), new("cancel", "I want to cancel this appointment")];

    public static AppointmentChangeKind? Parse(string? value) =>
        value switch
        {
            "reschedule" => AppointmentChangeKind.Reschedule,
            "cancel" => AppointmentChangeKind.Cancel,
            _ => null,
        };

    public static string Name(AppointmentChangeKind? kind) =>
        kind == AppointmentChangeKind.Cancel ? "cancel" : "reschedule";
}
