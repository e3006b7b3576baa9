using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.SteppingCare;

/// <summary>
/// At a review, step the planned intervention up, down or across: the validator and decision of
/// <c>POST /api/journeys/{id}/steps</c>. Measures taken with the re-assessment are given on the measure pages.
/// </summary>
public sealed class StepModel(IDocumentSession session, ClinicClock clock, IValidator<StepIntervention> validator)
    : JourneyPage(session, clock)
{
    [BindProperty]
    public string? To { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Reassessment { get; set; }

    /// <summary>The intervention planned now (from the record's read model).</summary>
    public InterventionType? Current { get; private set; }

    protected override string What => "step-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new StepIntervention(
            Words.Parse<InterventionType>(To),
            Words.Parse<StepReason>(Reason),
            Reassessment
        );
        Validate(validator, command);
        return WriteAsync(
            journey => StepInterventionDecision.Decide(journey, command, Me.Id, Times.Now),
            "Planned intervention changed.",
            cancellationToken
        );
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken) =>
        Current = (await Session.LoadAsync<OnwardRecord>(Id, cancellationToken))?.Intervention;
}
