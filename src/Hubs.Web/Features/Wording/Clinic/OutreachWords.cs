using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>Outreach in the clinic pages' words.</summary>
public static class OutreachWords
{
    public static readonly IReadOnlyList<Choice> Kinds =
    [
        new(nameof(OutreachKind.PromotionVisit), "Promotion visit"),
        new(nameof(OutreachKind.TeamBriefing), "Team briefing"),
        new(nameof(OutreachKind.PartnerTalk), "Talk to a partner organisation"),
        new(nameof(OutreachKind.Other), "Other outreach"),
    ];

    public static string Of(OutreachKind kind) => PartnerWords.Of(Kinds, kind);
}
