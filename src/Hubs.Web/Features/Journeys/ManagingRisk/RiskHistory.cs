using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// Reads a journey's <see cref="RiskPicture"/> from its events, in stream order (a pure fold, no I/O).
/// </summary>
public static class RiskHistory
{
    /// <summary>The event types the fold reads; every other event leaves the picture as it is.</summary>
    public static readonly Type[] Reads =
    [
        typeof(ScreeningAnswersSaved),
        typeof(WaitingWellCheckedIn),
        typeof(TreatmentSessionRecorded),
        typeof(RiskFlagRaised),
        typeof(RiskConcernRaised),
        typeof(RiskAssessmentRecorded),
        typeof(SafetyPlanAgreed),
    ];

    public static RiskPicture From(IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var current = RiskLevel.None;
        var signals = new List<RiskSignal>();
        RiskAssessmentView? assessment = null;
        (SafetyPlan? Plan, DateTimeOffset? At) plan = (null, null);
        var sessionSeen = false;
        int? lastItem9 = null;
        foreach (var data in events)
        {
            switch (data)
            {
                case ScreeningAnswersSaved saved
                    when saved.Answers.Value?.TryGetValue(SessionMeasures.Item9.Id, out var answer) == true:
                    lastItem9 = answer;
                    break;
                case WaitingWellCheckedIn checkIn:
                    lastItem9 = checkIn.Answers.Value?.SafetyAnswer;
                    break;
                case TreatmentSessionRecorded session:
                    sessionSeen = true;
                    lastItem9 = session.Phq9Item9;
                    break;
                case RiskFlagRaised flag:
                    // Flags stored before their source was recorded: after a session they came from it, else screening.
                    var source = flag.Source ?? (sessionSeen ? RiskSource.Session : RiskSource.Screening);
                    signals.Add(new(flag.RaisedAt, source, flag.Level, Answer(source, lastItem9)));
                    current = Max(current, flag.Level);
                    break;
                case RiskConcernRaised concern:
                    signals.Add(
                        new(
                            concern.RaisedAt,
                            concern.Source,
                            concern.Level,
                            ClinicWords.Of(concern.Source),
                            concern.Note.Value
                        )
                    );
                    current = Max(current, concern.Level);
                    break;
                case RiskAssessmentRecorded assessed:
                    assessment = new(
                        assessed.AssessedAt,
                        assessed.ClinicianId,
                        assessed.Level,
                        assessed.ReviewBy,
                        assessed.Formulation.Value
                    );
                    current = assessed.Level;
                    break;
                case SafetyPlanAgreed agreed:
                    plan = (agreed.Plan.Value, agreed.AgreedAt);
                    break;
            }
        }

        signals.Reverse();
        return new RiskPicture(current, signals, assessment, plan.Plan, plan.At);
    }

    private static string Answer(RiskSource source, int? item9)
    {
        var label = SessionMeasures.Item9.Options.FirstOrDefault(o => o.Value == item9)?.Label;
        var where = source switch
        {
            RiskSource.Session => "at a treatment session",
            RiskSource.CheckIn => "at a waiting-well check-in",
            _ => "at screening",
        };
        return label is null ? $"Self-harm question (PHQ-9 item 9) {where}" : $"PHQ-9 item 9 {where}: “{label}”";
    }

    private static RiskLevel Max(RiskLevel a, RiskLevel b) => a > b ? a : b;
}
