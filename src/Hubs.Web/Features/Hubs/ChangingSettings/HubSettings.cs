using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Hubs.ChangingSettings;

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

    /// <summary>
    /// The usual length of an appointment in this Hub's diary, in minutes (the booking form's default).
    /// </summary>
    public int SlotMinutes { get; set; } = DefaultSlotMinutes;

    public const int DefaultSlotMinutes = 50;

    /// <summary>
    /// What the Hub tells a keyworker who has just referred: "we aim to contact you within N working days".
    /// </summary>
    public int ContactWithinWorkingDays { get; set; } = DefaultContactWithinWorkingDays;

    public const int DefaultContactWithinWorkingDays = 5;

    /// <summary>
    /// What the Hub tells a keyworker on their messages page: "we aim to reply within N working days".
    /// </summary>
    public int ReplyWithinWorkingDays { get; set; } = DefaultReplyWithinWorkingDays;

    public const int DefaultReplyWithinWorkingDays = 2;

    /// <summary>
    /// The longest promise either timescale may make (project rule: a promise of weeks is no promise).
    /// </summary>
    public const int LongestWorkingDays = 20;

    /// <summary>
    /// The questionnaires a keyworker is offered on "Your support" before each treatment session, in this order
    /// (session-by-session measurement: PHQ-9 and GAD-7 unless the Hub changes it).
    /// </summary>
    public List<MeasureId> SessionMeasures { get; set; } = [.. DefaultSessionMeasures];

    public static IReadOnlyList<MeasureId> DefaultSessionMeasures { get; } = [MeasureId.Phq9, MeasureId.Gad7];

    /// <summary>
    /// The questionnaires a Hub may ask before a session, in catalogue order: every full questionnaire, each scored
    /// on its own answers; not the brief screens, which only decide whether screening goes on to a full one.
    /// </summary>
    public static IReadOnlyList<MeasureId> AllowedSessionMeasures { get; } =
    [.. Catalogue.All.Where(m => m.Role != ScreeningRole.BriefScreen).Select(m => m.Id)];

    public DateTimeOffset? ChangedAt { get; set; }

    public Guid? ChangedBy { get; set; }

    public static HubSettings DefaultFor(string hubId) => new() { Id = hubId };

    public ScreeningConfiguration Screening => new(OptionalMeasures, new ScoringOptions(Pcl5CutOff));
}
