using Hubs.Contracts;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>Journey milestones after the referral: codes, bands, scores and waits in days only.</summary>
public sealed partial class MilestoneMapper
{
    private IJourneyMilestone? MapJourney(IEvent recorded, JourneyMapping journey) =>
        recorded.Data switch
        {
            ScreeningCompleted e => Screened(recorded, journey, e),
            MeasureCompleted e => MeasureResult(recorded, journey, e),
            ReferralTriaged e => Stamp(recorded, journey, e.TriagedAt, (k, h, v, w, m) =>
                new JourneyTriaged(k, h, v, w, m, CategoryCodes.Code(e.Outcome))
            ),
            AssessmentCompleted e => Stamp(recorded, journey, e.AssessedAt, (k, h, v, w, m) =>
                new JourneyAssessed(
                    k,
                    h,
                    v,
                    w,
                    m,
                    calendar.DaysBetween(journey.SubmittedAt, e.AssessedAt),
                    CategoryCodes.Code(e.Intervention),
                    e.Phq9Total,
                    e.Gad7Total
                )
            ),
            TreatmentSessionRecorded e => Stamp(recorded, journey, e.RecordedAt, (k, h, v, w, m) =>
                new SessionMeasured(k, h, v, w, m, e.SessionNumber, e.Phq9Total, e.Gad7Total)
            ),
            ClientDischarged e => Stamp(recorded, journey, e.DischargedAt, (k, h, v, w, m) =>
                new JourneyDischarged(k, h, v, w, m, CategoryCodes.Code(e.Reason))
            ),
            JourneyWithdrawn e => Stamp(recorded, journey, e.WithdrawnAt, (k, h, v, w, m) =>
                new KeyworkerWithdrew(k, h, v, w, m)
            ),
            AppointmentAttended e => Appointment(recorded, journey, e.AppointmentId, AppointmentOutcomes.Attended),
            AppointmentNotAttended e => Appointment(
                recorded,
                journey,
                e.AppointmentId,
                AppointmentOutcomes.DidNotAttend
            ),
            // Appointments cancelled because the journey ended are not attendance outcomes (the ending is published).
            AppointmentCancelled { AtJourneyEnd: true } => null,
            AppointmentCancelled e => Appointment(
                recorded,
                journey,
                e.AppointmentId,
                e.By == CancelledBy.Client ? AppointmentOutcomes.CancelledByClient : AppointmentOutcomes.CancelledByHub
            ),
            var pathway when PathwayMilestones.Types.Contains(pathway) => MapPathway(recorded, journey),
            var onward when OnwardMilestones.Types.Contains(onward) => MapOnward(recorded, journey),
            _ => MapEvaluation(recorded, journey),
        };

    private JourneyScreened Screened(IEvent recorded, JourneyMapping journey, ScreeningCompleted e)
    {
        var phq9 = MeasureBands.Of(MeasureId.Phq9, e.Phq9Total);
        var gad7 = MeasureBands.Of(MeasureId.Gad7, e.Gad7Total);
        return Stamp(recorded, journey, e.CompletedAt, (k, h, v, w, m) =>
            new JourneyScreened(
                k,
                h,
                v,
                w,
                m,
                phq9.Band,
                phq9.Caseness,
                gad7.Band,
                gad7.Caseness,
                CategoryCodes.Code(e.Risk)
            )
        );
    }

    private T Stamp<T>(
        IEvent recorded,
        JourneyMapping journey,
        DateTimeOffset at,
        Func<string, string, long, string, string, T> create
    )
    {
        var (week, month) = calendar.Of(at);
        return create(pseudonymiser.JourneyKey(recorded.StreamId), journey.HubId, recorded.Version, week, month);
    }
}

/// <summary>The journey's own steps and each appointment's outcome (this file and AppointmentMilestones).</summary>
internal static class JourneyMilestones
{
    public static readonly EventTypes Types = new(
        typeof(ScreeningCompleted),
        typeof(MeasureCompleted),
        typeof(ReferralTriaged),
        typeof(AssessmentCompleted),
        typeof(TreatmentSessionRecorded),
        typeof(ClientDischarged),
        typeof(JourneyWithdrawn),
        typeof(AppointmentAttended),
        typeof(AppointmentNotAttended),
        typeof(AppointmentCancelled)
    );
}
