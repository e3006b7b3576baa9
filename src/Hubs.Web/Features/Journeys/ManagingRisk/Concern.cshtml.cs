using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>Raise a risk concern: the validator and decision of <c>POST /api/journeys/{id}/risk-concerns</c>.</summary>
public sealed class ConcernModel(IDocumentSession session, ClinicClock clock, IValidator<RaiseRiskConcern> validator)
    : JourneyPage(session, clock)
{
    [BindProperty]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? MessageId { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    protected override string What => "risk-concern-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Source ??= MessageId is null ? null : nameof(RiskSource.Message);
        return ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RaiseRiskConcern(
            Words.Parse<RiskLevel>(Level),
            Words.Parse<RiskSource>(Source),
            Note ?? "",
            MessageId
        );
        Validate(validator, command);
        return WriteAsync(
            journey => RaiseRiskConcernDecision.Decide(journey, command, Me.Id, Times.Now),
            "Risk concern recorded.",
            cancellationToken
        );
    }
}
