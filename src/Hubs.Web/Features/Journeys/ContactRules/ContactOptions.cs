namespace Hubs.Web.Features.Journeys.ContactRules;

/// <summary>
/// The <c>Contact</c> configuration section. Reminder offsets are "before the appointment" durations
/// (<c>Contact__ReminderOffsets__0=2.00:00:00</c>), per Hub under <c>Contact:HubReminderOffsets:{hubId}</c>.
/// </summary>
public sealed class ContactOptions
{
    public const string Section = "Contact";

    private static readonly TimeSpan[] DefaultOffsets = [TimeSpan.FromHours(48), TimeSpan.FromHours(2)];

    /// <summary>Where keyworkers sign in; the only link a message carries. It should not name a Hub either.</summary>
    public string SignInUrl { get; set; } = "https://localhost/";

    /// <summary>The From address of discreet emails (the default sender may name the service).</summary>
    public string DiscreetFrom { get; set; } = "Appointments <no-reply@example.invalid>";

    public IList<TimeSpan>? ReminderOffsets { get; set; }

    public IDictionary<string, IList<TimeSpan>> HubReminderOffsets { get; set; } =
        new Dictionary<string, IList<TimeSpan>>();

    /// <summary>How often each replica looks for due contacts (polling, not a timer per reminder).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 20;

    public int MaxAttempts { get; set; } = 3;

    public IReadOnlyList<TimeSpan> OffsetsFor(string hubId) =>
        HubReminderOffsets.TryGetValue(hubId, out var own) && own.Count > 0 ? [.. own]
        : ReminderOffsets is { Count: > 0 } configured ? [.. configured]
        : DefaultOffsets;
}
