using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Clinicians.EditingOwnProfile;
using Hubs.Web.Features.Clinicians.EditingProfile;
using Hubs.Web.Features.Contact;
using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.AdministeringMeasure;
using Hubs.Web.Features.Journeys.AllocatingClinician;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ChangingAppointment;
using Hubs.Web.Features.Journeys.ChangingResearchConsent;
using Hubs.Web.Features.Journeys.CodingThemes;
using Hubs.Web.Features.Journeys.CompletingAssessment;
using Hubs.Web.Features.Journeys.CompletingScreening;
using Hubs.Web.Features.Journeys.DischargingClient;
using Hubs.Web.Features.Journeys.GivingExperienceFeedback;
using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.ReadingJourney;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Journeys.RecordingWorkOutcomes;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Journeys.SteppingCare;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Journeys.WithdrawingJourney;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;
using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Features.Workshops;

namespace Hubs.Web.Infrastructure;

/// <summary>
/// Every journey and team-activity endpoint with the role it needs (src/DOMAIN-RULES.md's roles table). The policy
/// says who may call at all; whether the record is theirs (own journey, own Hub) is checked on load, and
/// a record that is not theirs is answered 404.
/// </summary>
public static class EndpointRegistration
{
    public static IEndpointRouteBuilder MapJourneyApi(this IEndpointRouteBuilder routes)
    {
        // One group per role: an endpoint is declared inside the group whose policy it needs, so none is left open.
        var keyworker = routes.MapGroup("").RequireAuthorization(HubsPolicies.Keyworker);
        var keyworkerOrStaff = routes.MapGroup("").RequireAuthorization(HubsPolicies.KeyworkerOrClinicalStaff);
        var staff = routes.MapGroup("").RequireAuthorization(HubsPolicies.ClinicalStaff);
        var lead = routes.MapGroup("").RequireAuthorization(HubsPolicies.HubLead);
        var admin = routes.MapGroup("").RequireAuthorization(HubsPolicies.HubAdmin);
        var peer = routes.MapGroup("").RequireAuthorization(HubsPolicies.PeerSupporter);

        keyworker.MapSubmitSelfReferral();
        keyworker.MapWithdrawJourney();
        keyworker.MapRequestAppointmentChange();
        keyworkerOrStaff.MapCompleteScreening();
        keyworkerOrStaff.MapNextScreeningStep();
        keyworkerOrStaff.MapSaveScreeningAnswers();
        staff.MapTriageReferral();
        staff.MapCompleteAssessment();
        lead.MapAllocateClinician();
        staff.MapBookAppointment();
        staff.MapChangeAppointment();
        staff.MapRecordSession();
        staff.MapAdministerMeasure();
        staff.MapDischargeClient();
        staff.MapRaiseRiskConcern();
        staff.MapRecordRiskAssessment();
        staff.MapAgreeSafetyPlan();
        staff.MapJourneyDetail();
        staff.MapMeasureHistory();
        staff.MapQueues();
        staff.MapStaffSearch();
        staff.MapBreakGlass();
        lead.MapJourneyAudit();
        lead.MapShredPersonalData();
        staff.MapTeamActivities();
        ContactApi.MapContactApi(keyworker, staff);
        // Evaluation (issue 19): experience, research contact, themes, work outcomes.
        keyworker.MapGiveExperienceFeedback();
        keyworker.MapChangeResearchConsent();
        staff.MapCodePresentingThemes();
        staff.MapRecordWorkOutcomes();
        staff.MapReferOn();
        staff.MapStepIntervention();
        admin.MapServiceDirectory();
        admin.MapClinicianProfiles();
        staff.MapOwnClinicianProfile();
        Features.Hubs.KeepingSelfHelpLibrary.SelfHelpEndpoints.MapSelfHelpLibrary(admin);
        AdverseEventsSetup.MapAdverseEvents(lead, peer);
        Features.GroupSupport.GroupSupportSetup.MapGroupSupport(staff, lead, peer);
        WorkshopsSetup.MapWorkshops(routes, keyworker, staff);
        // Issue 21: consultations with managers and outreach, recorded by the Hub's clinical staff.
        Features.Consultations.ConsultationsSetup.MapConsultations(staff);
        Features.Outreach.OutreachSetup.MapOutreach(staff);
        return routes;
    }
}
