using Hubs.ServiceDefaults.Validation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// Clinical staff of the journey's Hub record risk: a concern, a structured assessment, a safety plan.
/// </summary>
public static class RiskEndpoints
{
    public static RouteHandlerBuilder MapRaiseRiskConcern(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/risk-concerns",
                (Guid id, RaiseRiskConcern command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        RaiseRiskConcernDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<RaiseRiskConcern>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RaiseRiskConcern")
            .WithSummary(
                "Raise a risk concern (the clinician's own, or from a "
                    + "message); it shows wherever the person's care is decided."
            )
            .WithTags("Risk");

    public static RouteHandlerBuilder MapRecordRiskAssessment(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/risk-assessments",
                (
                    Guid id,
                    RecordRiskAssessment command,
                    StaffMember staff,
                    HttpContext http,
                    TimeProvider clock,
                    HubDirectory hubs
                ) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        RecordRiskAssessmentDecision.Decide(
                            journey,
                            command,
                            staff.Id,
                            clock.GetUtcNow(),
                            DateOnly.FromDateTime(
                                TimeZoneInfo.ConvertTime(clock.GetUtcNow(), hubs.HoursOf(staff.HubId).Zone).DateTime
                            )
                        )
                    )
            )
            .Validate<RecordRiskAssessment>()
            .DescribesWrite<JourneyWritten>()
            .WithName("RecordRiskAssessment")
            .WithSummary(
                "Record a structured risk assessment: level, risk and protective factors, plan and review date."
            )
            .WithTags("Risk");

    public static RouteHandlerBuilder MapAgreeSafetyPlan(this IEndpointRouteBuilder routes) =>
        routes
            .MapPost(
                "/api/journeys/{id:guid}/safety-plan",
                (Guid id, AgreeSafetyPlan command, StaffMember staff, HttpContext http, TimeProvider clock) =>
                    JourneyWrites.DecideAndAppendAsync(id, http, journey =>
                        AgreeSafetyPlanDecision.Decide(journey, command, staff.Id, clock.GetUtcNow())
                    )
            )
            .Validate<AgreeSafetyPlan>()
            .DescribesWrite<JourneyWritten>()
            .WithName("AgreeSafetyPlan")
            .WithSummary("Record the safety plan agreed with the keyworker; they can read and download it.")
            .WithTags("Risk");
}
