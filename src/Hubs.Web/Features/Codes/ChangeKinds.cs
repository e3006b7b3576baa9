
namespace Hubs.Web.Features.Codes;

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
