using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Workshops;

/// <summary>
/// The brief measures a Hub may choose to take before and after a workshop: short scales from the catalogue, with
/// published bands, where a higher total is worse and no item asks about self-harm (nobody reads the answers at
/// once, as a clinician does at a session). Anxiety (GAD-7), work and social functioning (WSAS), insomnia (ISI).
/// </summary>
public static class WorkshopMeasures
{
    public static readonly IReadOnlyList<MeasureId> Allowed = [MeasureId.Gad7, MeasureId.Wsas, MeasureId.Isi];

    /// <summary>"better", "same" or "worse": how the band after compares with the band before.</summary>
    public static string? Change(MeasureId measure, MeasureScore? before, MeasureScore? after)
    {
        if (before is null || after is null)
        {
            return null;
        }

        var bands = Catalogue.Get(measure).Banding.Bands.Select(b => b.Code).ToList();
        var difference = bands.IndexOf(after.Band) - bands.IndexOf(before.Band);
        return difference < 0 ? "better"
            : difference > 0 ? "worse"
            : "same";
    }
}
