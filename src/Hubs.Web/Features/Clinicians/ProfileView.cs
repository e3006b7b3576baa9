using Hubs.Web.Features.Clinicians.EditingProfile;

namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// A clinician's profile as the API answers it, as one Hub sees it: that Hub, and whether they still work in it
/// (never the other Hubs they work for). The cultural background appears only when the clinician agreed to its use;
/// times are 24-hour, days named.
/// </summary>
public sealed record ProfileView(
    Guid Id,
    string HubId,
    string Name,
    IReadOnlyList<string> Professions,
    IReadOnlyList<string> Modes,
    IReadOnlyList<string> OutOfHours,
    IReadOnlyList<string> Specialisms,
    IReadOnlyList<WorkingSessionInput> WorkingPattern,
    string? Gender,
    IReadOnlyList<string> Languages,
    string? CulturalBackground,
    bool Active,
    DateTimeOffset? JoinedAt
)
{
    public static ProfileView Of(ClinicianProfile p, string hubId)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Id,
            hubId,
            p.Name,
            p.Professions,
            p.Modes,
            p.OutOfHours,
            p.Specialisms,
            [
                .. p.WorkingPattern.Select(s => new WorkingSessionInput(
                    s.Day.ToString(),
                    WorkingPatternInput.Show(s.From),
                    WorkingPatternInput.Show(s.To)
                )),
            ],
            p.Gender,
            p.Languages,
            p.SharedBackground,
            p.WorksIn(hubId),
            p.JoinedAt
        );
    }
}
