using Hubs.Web.Features.Clinicians.EditingOwnProfile;
using Hubs.Web.Features.Clinicians.EditingProfile;

namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// Checked changes applied to a profile (pure). The admin's change never touches the cultural background; the
/// clinician's keeps it only with their agreement, and withdrawing agreement removes it.
/// </summary>
public static class ProfileChanges
{
    /// <summary>
    /// A Hub's admin changes the shared profile; whether the clinician still works there is their Hub's only.
    /// </summary>
    public static ClinicianProfile ByAdmin(
        ClinicianProfile profile,
        ChangeClinicianProfile change,
        string hubId,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(change);
        return profile with
        {
            Name = change.Name!.Trim(),
            Professions = [.. (change.Professions ?? []).Distinct()],
            Modes = [.. (change.Modes ?? []).Distinct()],
            OutOfHours = [.. (change.OutOfHours ?? []).Distinct()],
            Specialisms = [.. (change.Specialisms ?? []).Distinct()],
            WorkingPattern = WorkingPatternInput.Read(change.WorkingPattern).Sessions,
            Gender = Blank(change.Gender),
            Languages = [.. (change.Languages ?? []).Select(l => l.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            LeftHubIds = change.Active
                ? [.. profile.LeftHubIds.Where(h => h != hubId)]
                : [.. profile.LeftHubIds.Append(hubId).Distinct()],
            ChangedAt = now,
            Version = profile.Version + 1,
        };
    }

    public static ClinicianProfile ByClinician(ClinicianProfile profile, ChangeOwnProfile change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(change);
        var background = change.AgreeToUseBackground ? Blank(change.CulturalBackground) : null;
        return profile with
        {
            Name = change.Name!.Trim(),
            Gender = Blank(change.Gender),
            Languages = [.. (change.Languages ?? []).Select(l => l.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
            CulturalBackground = background,
            CulturalBackgroundAgreedAt =
                background is null ? null
                : background == profile.SharedBackground ? profile.CulturalBackgroundAgreedAt
                : now,
            ChangedAt = now,
            Version = profile.Version + 1,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
