using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Hubs.Settings;

/// <summary>
/// What a hub admin sets for their Hub (src/DOMAIN-RULES.md: questionnaire sets and thresholds): the optional measures
/// added after the core screening, the PCL-5 cut-off (project rule: 31–33) and after how many days without
/// contact a case is flagged to the lead. A Marten document keyed by the Hub's id; a Hub without one uses the
/// defaults, so every replica reads the same settings.
/// </summary>
public sealed class HubSettings
{
    public string Id { get; set; } = "";

    public List<MeasureId> OptionalMeasures { get; set; } = [];

    public int Pcl5CutOff { get; set; } = ScoringOptions.DefaultPcl5CutOff;

    public int? NoContactDays { get; set; }

    /// <summary>The usual length of an appointment in this Hub's diary, in minutes (the booking form's default).</summary>
    public int SlotMinutes { get; set; } = DefaultSlotMinutes;

    public const int DefaultSlotMinutes = 50;

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid? ChangedBy { get; set; }

    public static HubSettings DefaultFor(string hubId) => new() { Id = hubId };

    public ScreeningConfiguration Screening => new(OptionalMeasures, new ScoringOptions(Pcl5CutOff));
}
