using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// The authorization model, declared once: for each API endpoint (by its endpoint name) and each page
/// (by its path), the relations to the journey that admit a caller, read or write. The role a caller
/// needs at all is the endpoint's policy (<c>Infrastructure/EndpointRegistration.cs</c>) or the page's
/// <c>[Authorize]</c>; the relation is checked by <see cref="JourneyGate"/> on every read and write.
/// README.md beside this file lists every cell.
/// </summary>
public static class AccessModel
{
    private const Relations Care = Relations.Caseload | Relations.Intake | Relations.BreakGlass | Relations.HubLead;

    public static readonly JourneyRule OwnJourney = new(Relations.OwnJourney);
    public static readonly JourneyRule ReadRecord = new(Care, ReadsRecord: true);
    public static readonly JourneyRule WriteRecord = new(Care);

    /// <summary>
    /// A clinic form on one journey: it writes like <see cref="WriteRecord"/>, and its GET shows the record (audited).
    /// </summary>
    public static readonly JourneyRule RecordForm = new(Care, ReadsRecord: true);
    public static readonly JourneyRule Screening = new(Relations.OwnJourney | Care, ReadsRecord: true);
    public static readonly JourneyRule LeadOnly = new(Relations.HubLead);
    public static readonly JourneyRule LeadForm = new(Relations.HubLead, ReadsRecord: true);
    public static readonly JourneyRule AskBreakGlass = new(Relations.HubMember | Care);

    /// <summary>
    /// Hub-level lists and team activities: the caller's own Hub, filtered in the query (no journey to relate to).
    /// </summary>
    public static readonly JourneyRule OwnHub = new(Relations.HubMember | Care);

    public static readonly IReadOnlyDictionary<string, JourneyRule> Rules = new Dictionary<string, JourneyRule>(
        StringComparer.Ordinal
    )
    {
        ["SubmitSelfReferral"] = OwnJourney, // the earlier journey a re-referral names
        ["WithdrawJourney"] = OwnJourney,
        ["RequestAppointmentChange"] = OwnJourney,
        ["ChangeContactPreferences"] = OwnJourney,
        ["ReadMessagesAsKeyworker"] = OwnJourney,
        ["PostMessageAsKeyworker"] = OwnJourney,
        ["NextScreeningStep"] = Screening,
        ["SaveScreeningAnswers"] = Screening,
        ["CompleteScreening"] = Screening,
        ["TriageReferral"] = WriteRecord,
        ["CompleteAssessment"] = WriteRecord,
        ["BookAppointment"] = WriteRecord,
        ["RescheduleAppointment"] = WriteRecord,
        ["CancelAppointment"] = WriteRecord,
        ["RecordAttendance"] = WriteRecord,
        ["RecordSession"] = WriteRecord,
        ["AdministerMeasure"] = WriteRecord,
        ["DischargeClient"] = WriteRecord,
        ["RaiseRiskConcern"] = WriteRecord,
        ["RecordRiskAssessment"] = WriteRecord,
        ["AgreeSafetyPlan"] = WriteRecord,
        ["PostMessageAsStaff"] = ReadRecord,
        ["JourneyDetail"] = ReadRecord,
        ["MeasureHistory"] = ReadRecord,
        ["ContactOverview"] = ReadRecord,
        ["ReadMessagesAsStaff"] = ReadRecord,
        ["RequestBreakGlass"] = AskBreakGlass,
        ["AllocateClinician"] = LeadOnly,
        ["JourneyAudit"] = LeadOnly,
        ["ShredPersonalData"] = LeadOnly,
        ["TriageQueue"] = OwnHub,
        ["WaitingList"] = OwnHub,
        ["Caseload"] = OwnHub,
        ["StaffSearch"] = OwnHub, // the caller's own Hub, confirmed against each journey it shows (Searching/README.md)
        ["TeamActivities"] = OwnHub,
        ["PlanTeamActivity"] = OwnHub,
        ["RecordTeamActivityHeld"] = OwnHub,
        ["CancelTeamActivity"] = OwnHub,
        ["page:/Journeys/ReadingJourney/Record"] = ReadRecord,
        ["page:/Journeys/TriagingReferral/Triage"] = RecordForm,
        ["page:/Journeys/CompletingAssessment/Assessment"] = RecordForm,
        ["page:/Journeys/BookingAppointment/Book"] = RecordForm,
        ["page:/Journeys/ChangingAppointment/Appointment"] = RecordForm,
        ["page:/Journeys/RecordingSession/Session"] = RecordForm,
        ["page:/Journeys/DischargingClient/Discharge"] = RecordForm,
        ["page:/Journeys/AdministeringMeasure/Measure"] = RecordForm,
        ["page:/Journeys/AnsweringScreening/PhoneScreening"] = Screening,
        ["page:/Journeys/ManagingRisk/Concern"] = RecordForm,
        ["page:/Journeys/LoggingContactAttempt/ContactAttempt"] = RecordForm,
        ["page:/Journeys/ManagingRisk/Assessment"] = RecordForm,
        ["page:/Journeys/ManagingRisk/SafetyPlan"] = RecordForm,
        ["page:/Journeys/AllocatingClinician/Allocation"] = LeadForm,
        ["page:/Journeys/Access/BreakGlass"] = AskBreakGlass,
        ["page:/Contact/ExchangingMessages/StaffThread"] = ReadRecord,
        ["page:/Contact/ExchangingMessages/KeyworkerThread"] = OwnJourney,
        ["page:/Journeys/ChangingContactPreferences/Preferences"] = OwnJourney,
        ["page:/Journeys/WithdrawingJourney/Withdraw"] = OwnJourney,
        ["page:/Journeys/RequestingAppointmentChange/RequestChange"] = OwnJourney,
        ["page:/ReadingOwnData/YourData"] = OwnJourney,
        ["page:/ReadingOwnData/SafetyPlan"] = OwnJourney,
        ["page:/Journeys/AnsweringSessionMeasures/SessionQuestions"] = OwnJourney,
        // Evaluation (issue 19).
        ["GiveExperienceFeedback"] = OwnJourney,
        ["ChangeResearchConsent"] = OwnJourney,
        ["CodePresentingThemes"] = WriteRecord,
        ["RecordWorkOutcomes"] = WriteRecord,
        ["page:/Journeys/GivingExperienceFeedback/Experience"] = OwnJourney,
        ["page:/Journeys/ChangingResearchConsent/ResearchContact"] = OwnJourney,
        ["page:/Journeys/CodingThemes/Themes"] = RecordForm,
        ["page:/Journeys/RecordingWorkOutcomes/WorkOutcomes"] = RecordForm,
        // Onward referral and stepped care (issue 20); the service directory is the hub admin's, filtered by Hub.
        ["ReferOn"] = WriteRecord,
        ["RecordOnwardOutcome"] = WriteRecord,
        ["StepIntervention"] = WriteRecord,
        ["page:/Journeys/ReferringOn/ReferOn"] = RecordForm,
        ["page:/Journeys/ReferringOn/Outcome"] = RecordForm,
        ["page:/Journeys/SteppingCare/Step"] = RecordForm,
        ["ListService"] = OwnHub,
        ["ServiceDirectory"] = OwnHub,
        ["ServiceListing"] = OwnHub,
        ["ChangeServiceListing"] = OwnHub,
        ["ArchiveServiceListing"] = OwnHub,
        // The clinician directory (issue 20): staff records of the caller's own Hub, no journey.
        ["ListClinicianProfiles"] = OwnHub,
        ["ReadClinicianProfile"] = OwnHub,
        ["ChangeClinicianProfile"] = OwnHub,
        ["ReadOwnClinicianProfile"] = OwnHub,
        ["ChangeOwnClinicianProfile"] = OwnHub,
        // Issue 20, while waiting: the check-in is the keyworker's own; a claim code is a form on the record. The
        // self-help library is the hub admin's own Hub's (chosen from their claims, no journey to relate to).
        ["page:/Journeys/CheckingInWhileWaiting/CheckIn"] = OwnJourney,
        ["page:/Journeys/TakingReferralByPhone/ClaimCode"] = RecordForm,
        ["ListSelfHelp"] = OwnHub,
        ["AddSelfHelp"] = OwnHub,
        ["RemoveSelfHelp"] = OwnHub,
        // Adverse events and the peer supporter register (Features/AdverseEvents): no journey to relate to. The
        // lead's are their own Hub's; a peer supporter's are the events assigned to them (both filtered on load).
        ["LogAdverseEvent"] = OwnHub,
        ["AdverseEvents"] = OwnHub,
        ["ChangeAdverseEventSettings"] = OwnHub,
        ["AssignPeerSupporter"] = OwnHub,
        ["RegisterPeerSupporter"] = OwnHub,
        ["PeerSupporters"] = OwnHub,
        ["RecordPeerSupporterRefresher"] = OwnHub,
        ["ChangePeerSupporterAvailability"] = OwnHub,
        ["ArchivePeerSupporter"] = OwnHub,
        ["AssignedAdverseEvents"] = OwnHub,
        ["RecordFirstContact"] = OwnHub,
        ["RecordFollowUp"] = OwnHub,
        ["OfferSelfReferralHandOver"] = OwnHub,
        // Reflective group series (Features/GroupSupport): the staff's are their own Hub's; a peer supporter's are
        // the series they facilitate (both filtered on load).
        ["StartGroupSeries"] = OwnHub,
        ["GroupSeriesList"] = OwnHub,
        ["GroupSeriesDetail"] = OwnHub,
        ["ScheduleGroupMeeting"] = OwnHub,
        ["ConfirmProtectedTime"] = OwnHub,
        ["RecordGroupMeetingHeld"] = OwnHub,
        ["CancelGroupMeeting"] = OwnHub,
        ["OpenGroupMeetingRating"] = OwnHub,
        ["FacilitatedGroupSeries"] = OwnHub,
        ["RecordFacilitatedMeetingHeld"] = OwnHub,
        ["CancelFacilitatedMeeting"] = OwnHub,
        ["OpenFacilitatedMeetingRating"] = OwnHub,
        // Issue 21: the response targets, consultations with managers and outreach; the caller's own Hub's.
        ["AdverseEventSettings"] = OwnHub,
        ["RecordConsultation"] = OwnHub,
        ["Consultations"] = OwnHub,
        ["LinkConsultationTeamSession"] = OwnHub,
        ["RecordOutreach"] = OwnHub,
        ["OutreachContacts"] = OwnHub,
        // Resilience workshops (Features/Workshops): no journey to relate to. Staff act on their own Hub's workshops;
        // a keyworker on their own place only; the list of workshops to come is public and names nobody.
        ["ScheduleWorkshop"] = OwnHub,
        ["Workshops"] = OwnHub,
        ["WorkshopRoster"] = OwnHub,
        ["RecordWorkshopAttendance"] = OwnHub,
        ["RecordCoachingCallHeld"] = OwnHub,
        ["BookWorkshopPlace"] = OwnJourney,
        ["CancelWorkshopPlace"] = OwnJourney,
        ["AnswerWorkshopMeasure"] = OwnJourney,
        ["CoachingSlots"] = OwnJourney,
        ["BookCoachingCall"] = OwnJourney,
        ["OwnWorkshopPlaces"] = OwnJourney,
        ["OpenWorkshops"] = new(Relations.None),
        // The lead hands a reflective group series of their Hub to another facilitator.
        ["ChangeGroupFacilitator"] = OwnHub,
    };

    public static JourneyRule For(string key) =>
        Rules.TryGetValue(key, out var rule)
            ? rule
            : throw new InvalidOperationException(
                $"No access rule is declared for {key} in Features/Journeys/Access/AccessModel.cs."
            );

    /// <summary>The rule of the endpoint being called; an endpoint without one is a bug, refused loudly.</summary>
    public static JourneyRule For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return For(
            http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "(an unnamed endpoint)"
        );
    }

    public static JourneyRule For(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return For($"page:{page.ActionDescriptor.ViewEnginePath}");
    }
}
