using System.Text.Json.Serialization;
using Hubs.Contracts.GroupSupport;
using Hubs.Contracts.HubWork;
using Hubs.Contracts.Journeys;
using Hubs.Contracts.TeamActivities;

namespace Hubs.Contracts.Rebuild;

/// <summary>
/// The milestone contracts' JSON as the rebuild stream writes and reads it (<see cref="MilestoneLine"/>), generated at
/// build time: the reflection-based serializer spent a share of both rebuild processes on every line. The same JSON
/// as the default options give; every contract of <see cref="MilestoneLine.Contracts"/> must be listed here.
/// </summary>
[JsonSerializable(typeof(GroupMeetingRated))]
[JsonSerializable(typeof(GroupMeetingRecorded))]
[JsonSerializable(typeof(AdverseEventRecorded))]
[JsonSerializable(typeof(ConsultationRecorded))]
[JsonSerializable(typeof(OutreachRecorded))]
[JsonSerializable(typeof(WorkshopRecorded))]
[JsonSerializable(typeof(AppointmentOutcomeRecorded))]
[JsonSerializable(typeof(AppointmentScheduled))]
[JsonSerializable(typeof(CareStepped))]
[JsonSerializable(typeof(ExperienceGiven))]
[JsonSerializable(typeof(JourneyAllocated))]
[JsonSerializable(typeof(JourneyAssessed))]
[JsonSerializable(typeof(JourneyDischarged))]
[JsonSerializable(typeof(JourneyReferredOn))]
[JsonSerializable(typeof(JourneyScreened))]
[JsonSerializable(typeof(JourneyTriaged))]
[JsonSerializable(typeof(KeyworkerWithdrew))]
[JsonSerializable(typeof(MeasureResultRecorded))]
[JsonSerializable(typeof(OnwardReferralAnswered))]
[JsonSerializable(typeof(ReferralSubmitted))]
[JsonSerializable(typeof(SessionMeasured))]
[JsonSerializable(typeof(ThemesCoded))]
[JsonSerializable(typeof(WorkOutcomesMeasured))]
[JsonSerializable(typeof(TeamActivityRecorded))]
[JsonSerializable(typeof(TeamSessionRated))]
public sealed partial class MilestoneJson : JsonSerializerContext { }
