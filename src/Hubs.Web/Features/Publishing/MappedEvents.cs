using Hubs.Web.Features.GroupSupport;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.TeamActivities;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The event types <see cref="MilestoneMapper"/> may map to a contract; every other event maps to none, so the
/// rebuild's export reads only these from the event log (and never deserialises the rest). Kept beside the mapper:
/// a new arm there needs its type here (a test maps every other event type and expects no contract).
/// </summary>
public static class MappedEvents
{
    public static readonly IReadOnlyList<Type> All =
    [
        typeof(SelfReferralSubmitted),
        typeof(TeamActivityPlanned),
        typeof(TeamActivityHeld),
        typeof(TeamActivityCancelled),
        typeof(GroupMeetingScheduled),
        typeof(GroupMeetingHeld),
        typeof(GroupMeetingCancelled),
        typeof(GroupMeetingRated),
        typeof(ScreeningCompleted),
        typeof(MeasureCompleted),
        typeof(ReferralTriaged),
        typeof(AssessmentCompleted),
        typeof(TreatmentSessionRecorded),
        typeof(ClientDischarged),
        typeof(JourneyWithdrawn),
        typeof(AppointmentAttended),
        typeof(AppointmentNotAttended),
        typeof(AppointmentCancelled),
        typeof(ClinicianAllocated),
        typeof(AppointmentBooked),
        typeof(AppointmentRescheduled),
        typeof(OnwardReferralRecorded),
        typeof(OnwardReferralOutcomeRecorded),
        typeof(InterventionStepped),
        typeof(ExperienceQuestionnaireCompleted),
        typeof(WorkOutcomesRecorded),
        typeof(PresentingThemesCoded),
        typeof(TeamActivities.RatingTeamSession.TeamSessionRated),
        typeof(AdverseEvents.AdverseEventLogged),
        typeof(AdverseEvents.FirstContactRecorded),
        typeof(AdverseEvents.FollowUpRecorded),
        typeof(AdverseEvents.SelfReferralHandOverOffered),
        typeof(Workshops.WorkshopAttendanceRecorded),
        typeof(Workshops.WorkshopMeasurePaired),
        typeof(Workshops.CoachingCallHeld),
        typeof(Consultations.ConsultationRecorded),
        typeof(Consultations.ConsultationFollowedByTeamSession),
        typeof(Outreach.OutreachRecorded),
    ];
}
