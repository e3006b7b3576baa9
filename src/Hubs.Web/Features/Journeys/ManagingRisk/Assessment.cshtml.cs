using System.Globalization;
using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.CompletingAssessment;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// Record a structured risk assessment: the validator and decision of <c>POST /api/journeys/{id}/risk-assessments</c>.
/// </summary>
public sealed class AssessmentModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordRiskAssessment> validator
) : JourneyPage(session, clock)
{
    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? RiskFactors { get; set; }

    [BindProperty]
    public string? ProtectiveFactors { get; set; }

    [BindProperty]
    public string? Plan { get; set; }

    [BindProperty]
    public string? ReviewBy { get; set; }

    protected override string What => "risk-assessment-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var reviewBy = DateOnly.TryParseExact(
            ReviewBy?.Trim(),
            "yyyy-MM-dd",
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var date
        )
            ? date
            : (DateOnly?)null;
        var command = new RecordRiskAssessment(
            Words.Parse<RiskLevel>(Level),
            RiskFactors ?? "",
            ProtectiveFactors ?? "",
            Plan ?? "",
            reviewBy
        );
        Validate(validator, command);
        var today = DateOnly.FromDateTime(Times.Local(Times.Now));
        return WriteAsync(
            journey => RecordRiskAssessmentDecision.Decide(journey, command, Me.Id, Times.Now, today),
            "Risk assessment recorded.",
            cancellationToken
        );
    }
}
