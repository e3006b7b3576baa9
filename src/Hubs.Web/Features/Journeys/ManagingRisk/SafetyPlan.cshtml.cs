using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// Write the safety plan with the keyworker: the validator and decision of <c>POST /api/journeys/{id}/safety-plan</c>.
/// The form starts from the current plan, so an update changes only what was agreed to change.
/// </summary>
public sealed class SafetyPlanModel(IDocumentSession session, ClinicClock clock, IValidator<AgreeSafetyPlan> validator)
    : JourneyPage(session, clock)
{
    /// <summary>The national crisis lines every plan starts with (the same as the keyworker pages show).</summary>
    public const string NationalCrisisLines =
        "In an emergency: 999 or A&E.\nNHS 111, option 2: mental health crisis team, day or night.\n"
        + "Samaritans: 116 123, free, at any time.";

    [BindProperty]
    public string? WarningSigns { get; set; }

    [BindProperty]
    public string? CopingStrategies { get; set; }

    [BindProperty]
    public string? PeopleAndPlaces { get; set; }

    [BindProperty]
    public string? ProfessionalContacts { get; set; }

    [BindProperty]
    public string? CrisisLines { get; set; }

    [BindProperty]
    public string? SafeEnvironment { get; set; }

    protected override string What => "safety-plan-form";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await ShowAsync(cancellationToken);
        if (page is not Microsoft.AspNetCore.Mvc.RazorPages.PageResult)
        {
            return page;
        }

        var events = await Session.Events.FetchStreamAsync(Id, token: cancellationToken);
        var plan = RiskHistory.From(events.Select(e => e.Data)).SafetyPlan;
        (WarningSigns, CopingStrategies, PeopleAndPlaces, ProfessionalContacts, CrisisLines, SafeEnvironment) = plan
            is null
            ? (null, null, null, null, NationalCrisisLines, null)
            : (
                plan.WarningSigns,
                plan.CopingStrategies,
                plan.PeopleAndPlaces,
                plan.ProfessionalContacts,
                plan.CrisisLines,
                plan.SafeEnvironment
            );
        return page;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new AgreeSafetyPlan(
            WarningSigns ?? "",
            CopingStrategies ?? "",
            PeopleAndPlaces,
            ProfessionalContacts,
            CrisisLines ?? "",
            SafeEnvironment
        );
        Validate(validator, command);
        return WriteAsync(
            journey => AgreeSafetyPlanDecision.Decide(journey, command, Me.Id, Times.Now),
            "Safety plan recorded; the keyworker can read it under Your support.",
            cancellationToken
        );
    }
}
