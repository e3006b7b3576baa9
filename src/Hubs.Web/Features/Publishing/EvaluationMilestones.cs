using Hubs.Contracts;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Issue 19's milestones: codes and counts only. The experience answers (<c>Answers</c>, sealed) are never read
/// here; research-contact consent is not published at all.
/// </summary>
public sealed partial class MilestoneMapper
{
    private IJourneyMilestone? MapEvaluation(IEvent recorded, JourneyMapping journey) =>
        recorded.Data switch
        {
            ExperienceQuestionnaireCompleted e => Stamp(recorded, journey, e.CompletedAt, (k, h, v, w, m) =>
                new ExperienceGiven(
                    k,
                    h,
                    v,
                    w,
                    m,
                    CategoryCodes.Code(e.Occasion),
                    CategoryCodes.Code(e.Overall),
                    e.ItemsAnswered,
                    e.PositiveItems
                )
            ),
            WorkOutcomesRecorded e => Stamp(recorded, journey, e.RecordedAt, (k, h, v, w, m) =>
                new WorkOutcomesMeasured(
                    k,
                    h,
                    v,
                    w,
                    m,
                    CategoryCodes.Code(e.Occasion),
                    e.SickDays,
                    CategoryCodes.Code(e.Status),
                    CategoryCodes.Code(e.Leaving)
                )
            ),
            PresentingThemesCoded e => Stamp(recorded, journey, e.CodedAt, (k, h, v, w, m) =>
                new ThemesCoded(k, h, v, w, m, [.. e.Themes.Select(CategoryCodes.Code)])
            ),
            _ => null,
        };
}

/// <summary>Issue 19's experience, work outcomes and presenting themes.</summary>
internal static class EvaluationMilestones
{
    public static readonly EventTypes Types = new(
        typeof(ExperienceQuestionnaireCompleted),
        typeof(WorkOutcomesRecorded),
        typeof(PresentingThemesCoded)
    );
}
