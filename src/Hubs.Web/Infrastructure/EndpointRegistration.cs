using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Contact;
using Hubs.Web.Features.Journeys.AllocatingClinician;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.ChangingAppointment;
using Hubs.Web.Features.Journeys.CompletingAssessment;
using Hubs.Web.Features.Journeys.CompletingScreening;
using Hubs.Web.Features.Journeys.DischargingClient;
using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.ReadingJourney;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Journeys.WithdrawingJourney;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Erasure;
using Hubs.Web.Features.TeamActivities;

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
        static Action<RouteHandlerBuilder> Require(string policy) => endpoint => endpoint.RequireAuthorization(policy);
        var keyworker = Require(HubsPolicies.Keyworker);
        var keyworkerOrStaff = Require(HubsPolicies.KeyworkerOrClinicalStaff);
        var staff = Require(HubsPolicies.ClinicalStaff);
        var lead = Require(HubsPolicies.HubLead);

        keyworker(routes.MapSubmitSelfReferral());
        keyworker(routes.MapWithdrawJourney());
        keyworker(routes.MapRequestAppointmentChange());
        keyworkerOrStaff(routes.MapCompleteScreening());
        keyworkerOrStaff(routes.MapNextScreeningStep());
        keyworkerOrStaff(routes.MapSaveScreeningAnswers());
        staff(routes.MapTriageReferral());
        staff(routes.MapCompleteAssessment());
        lead(routes.MapAllocateClinician());
        staff(routes.MapBookAppointment());
        routes.MapChangeAppointment(staff);
        staff(routes.MapRecordSession());
        staff(routes.MapDischargeClient());
        staff(routes.MapRaiseRiskConcern());
        staff(routes.MapRecordRiskAssessment());
        staff(routes.MapAgreeSafetyPlan());
        staff(routes.MapJourneyDetail());
        staff(routes.MapMeasureHistory());
        routes.MapQueues(staff);
        staff(routes.MapBreakGlass());
        lead(routes.MapJourneyAudit());
        lead(routes.MapShredPersonalData());
        routes.MapTeamActivities(staff);
        routes.MapContactApi(keyworker, staff);
        return routes;
    }
}
