using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.RequestingAppointmentChange;

/// <summary>The two requests as the form posts them (their words are KeyworkerWords.ChangeChoices).</summary>
public static class ChangeKinds
{
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
