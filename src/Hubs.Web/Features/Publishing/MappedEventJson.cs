using System.Text.Json.Serialization;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Consultations;
using Hubs.Web.Features.GroupSupport;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Outreach;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Features.TeamActivities.RatingTeamSession;
using Hubs.Web.Features.Workshops;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The JSON of the events the rebuild's export reads (<see cref="MappedEvents"/>), generated at build time: reading
/// them through Marten's reflection-based serializer was about a fifth of the export's CPU. Every type of
/// <see cref="MappedEvents.All"/> must be listed here; <see cref="MappedEventReader"/> adds Marten's settings.
/// </summary>
[JsonSerializable(typeof(AdverseEventLogged))]
[JsonSerializable(typeof(AppointmentAttended))]
[JsonSerializable(typeof(AppointmentBooked))]
[JsonSerializable(typeof(AppointmentCancelled))]
[JsonSerializable(typeof(AppointmentNotAttended))]
[JsonSerializable(typeof(AppointmentRescheduled))]
[JsonSerializable(typeof(AssessmentCompleted))]
[JsonSerializable(typeof(ClientDischarged))]
[JsonSerializable(typeof(ClinicianAllocated))]
[JsonSerializable(typeof(CoachingCallHeld))]
[JsonSerializable(typeof(ConsultationFollowedByTeamSession))]
[JsonSerializable(typeof(ConsultationRecorded))]
[JsonSerializable(typeof(ExperienceQuestionnaireCompleted))]
[JsonSerializable(typeof(FirstContactRecorded))]
[JsonSerializable(typeof(FollowUpRecorded))]
[JsonSerializable(typeof(GroupMeetingCancelled))]
[JsonSerializable(typeof(GroupMeetingHeld))]
[JsonSerializable(typeof(GroupMeetingRated))]
[JsonSerializable(typeof(GroupMeetingScheduled))]
[JsonSerializable(typeof(InterventionStepped))]
[JsonSerializable(typeof(JourneyWithdrawn))]
[JsonSerializable(typeof(MeasureCompleted))]
[JsonSerializable(typeof(OnwardReferralOutcomeRecorded))]
[JsonSerializable(typeof(OnwardReferralRecorded))]
[JsonSerializable(typeof(OutreachRecorded))]
[JsonSerializable(typeof(PresentingThemesCoded))]
[JsonSerializable(typeof(ReferralTriaged))]
[JsonSerializable(typeof(ScreeningCompleted))]
[JsonSerializable(typeof(SelfReferralHandOverOffered))]
[JsonSerializable(typeof(SelfReferralSubmitted))]
[JsonSerializable(typeof(TeamActivityCancelled))]
[JsonSerializable(typeof(TeamActivityHeld))]
[JsonSerializable(typeof(TeamActivityPlanned))]
[JsonSerializable(typeof(TeamSessionRated))]
[JsonSerializable(typeof(TreatmentSessionRecorded))]
[JsonSerializable(typeof(WorkOutcomesRecorded))]
[JsonSerializable(typeof(WorkshopAttendanceRecorded))]
[JsonSerializable(typeof(WorkshopMeasurePaired))]
internal sealed partial class MappedEventJson : JsonSerializerContext { }
