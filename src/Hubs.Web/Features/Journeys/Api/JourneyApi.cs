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
using Hubs.Web.Features.Journeys.ReadingJourney;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Journeys.WithdrawingJourney;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.TeamActivities;

namespace Hubs.Web.Features.Journeys.Api;

public static class JourneyApi
{
    /// <summary>Every journey and team-activity endpoint, each open in Development only until sign-in lands.</summary>
    public static IEndpointRouteBuilder MapJourneyApi(this IEndpointRouteBuilder routes, IHostEnvironment environment)
    {
        void Secure(RouteHandlerBuilder endpoint) => endpoint.OpenInDevelopmentOnly(environment);
        Secure(routes.MapSubmitSelfReferral());
        Secure(routes.MapCompleteScreening());
        Secure(routes.MapNextScreeningStep());
        Secure(routes.MapSaveScreeningAnswers());
        Secure(routes.MapTriageReferral());
        Secure(routes.MapCompleteAssessment());
        Secure(routes.MapAllocateClinician());
        Secure(routes.MapBookAppointment());
        routes.MapChangeAppointment(Secure);
        Secure(routes.MapRecordSession());
        Secure(routes.MapDischargeClient());
        Secure(routes.MapWithdrawJourney());
        Secure(routes.MapJourneyDetail());
        Secure(routes.MapMeasureHistory());
        routes.MapQueues(Secure);
        Secure(routes.MapBreakGlass());
        Secure(routes.MapJourneyAudit());
        Secure(routes.MapShredPersonalData());
        routes.MapTeamActivities(Secure);
        routes.MapContactApi(Secure);
        return routes;
    }
}
