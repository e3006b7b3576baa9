using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.CompletingAssessment;

/// <summary>
/// Record the assessment: the same validator and decision as <c>POST /api/journeys/{id}/assessment</c>.
/// </summary>
public sealed class AssessmentModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<CompleteAssessment> validator
) : JourneyPage(session, clock)
{
    [BindProperty]
    public string? Intervention { get; set; }

    [BindProperty]
    public string? Formulation { get; set; }

    [BindProperty]
    public string? AgreedPlan { get; set; }

    [BindProperty]
    public string? Phq9Total { get; set; }

    [BindProperty]
    public string? Gad7Total { get; set; }

    protected override string What => "assessment-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new CompleteAssessment(
            Words.Parse<InterventionType>(Intervention),
            Formulation ?? "",
            AgreedPlan ?? "",
            Words.Number(Phq9Total),
            Words.Number(Gad7Total)
        );
        Validate(validator, command);
        return WriteAsync(
            journey => CompleteAssessmentDecision.Decide(journey, command, Me.Id, Times.Now),
            "Assessment recorded.",
            cancellationToken
        );
    }
}
