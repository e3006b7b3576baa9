using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// How the person would like support, free-text wishes about their clinician included: for allocation only,
/// never for statistics. Carried in <see cref="SelfReferralSubmitted"/> sealed with the journey's data key,
/// so it is erased with the rest of the journey's personal data.
/// </summary>
public sealed class SupportPreferences
{
    public List<string> Modes { get; set; } = [];

    public List<string> OutOfHours { get; set; } = [];

    public List<string> ClinicianCharacteristics { get; set; } = [];

    public string? ClinicianDetails { get; set; }
}

/// <summary>
/// Support preferences of journeys submitted before the referral event carried them: a plain document keyed
/// by the journey id, no longer written, read only as a fallback and deleted when the journey is shredded.
/// </summary>
public sealed class ReferralPreferences
{
    public Guid Id { get; set; }

    public SupportPreferences Support { get; set; } = new();
}
