namespace Hubs.Web.Pages.Refer;

/// <summary>How and when it is safe to contact the person: never anything that could tell others they use the Hub.</summary>
public sealed class ContactSafety
{
    public List<string> Channels { get; set; } = [];

    public List<string> SafeTimes { get; set; } = [];

    public bool? VoicemailOk { get; set; }

    public bool? MessagesNamingHubOk { get; set; }
}

/// <summary>How the person would like support: for allocation only, never for statistics.</summary>
public sealed class SupportPreferences
{
    public List<string> Modes { get; set; } = [];

    public List<string> OutOfHours { get; set; } = [];

    public List<string> ClinicianCharacteristics { get; set; } = [];

    public string? ClinicianDetails { get; set; }
}

/// <summary>
/// Contact-safety and support preferences of a submitted journey, kept beside its stream (same transaction)
/// until <c>SelfReferralSubmitted</c> carries them. Keyed by the journey id.
/// </summary>
public sealed class ReferralPreferences
{
    public Guid Id { get; set; }

    public ContactSafety Contact { get; set; } = new();

    public SupportPreferences Support { get; set; } = new();
}
