using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Keyworker;

public static partial class KeyworkerWords
{
    /// <summary>The two requests as the form offers them, posted as ChangeKinds names.</summary>
    public static IReadOnlyList<Choice> ChangeChoices { get; } =
    [.. Enum.GetValues<AppointmentChangeKind>().Select(k => new Choice(ChangeKinds.Name(k), Asking(k)))];

    /// <summary>A change request in the keyworker's own voice, as they choose it.</summary>
    public static string Asking(AppointmentChangeKind kind) =>
        kind switch
        {
            AppointmentChangeKind.Reschedule => "I need a different time",
            AppointmentChangeKind.Cancel => "I want to cancel this appointment",
            _ => throw Unnamed(kind),
        };
}
