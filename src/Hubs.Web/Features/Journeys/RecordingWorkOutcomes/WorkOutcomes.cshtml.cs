using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.RecordingWorkOutcomes;

/// <summary>
/// Work outcomes at assessment or discharge (the occasion is in the path): the same validator and decision as
/// <c>POST /api/journeys/{id}/work-outcomes</c>, with a link to give the WSAS through the measures form.
/// </summary>
public sealed class WorkOutcomesModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordWorkOutcomes> validator
) : JourneyPage(session, clock)
{
    [FromRoute(Name = "occasion")]
    public string? OccasionCode { get; set; }

    [BindProperty]
    public string? SickDays { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? Leaving { get; set; }

    public EvaluationOccasion Occasion { get; private set; }

    protected override string What => "work-outcomes-form";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Known())
        {
            return NotFound();
        }

        var shown = await ShowAsync(cancellationToken);
        var last = (await Session.LoadAsync<EvaluationRecord>(Id, cancellationToken))?.WorkAt(Occasion);
        if (last is not null)
        {
            SickDays = last.SickDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Status = last.Status.ToString();
            Leaving = last.Leaving.ToString();
        }

        return shown;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Known())
        {
            return Task.FromResult<IActionResult>(NotFound());
        }

        var command = new RecordWorkOutcomes(
            Occasion,
            Words.Number(SickDays),
            Words.Parse<WorkStatus>(Status),
            Words.Parse<LeavingIntention>(Leaving)
        );
        Validate(validator, command);
        return WriteAsync(
            journey => RecordWorkOutcomesDecision.Decide(journey, command, Me.Id, Times.Now),
            "Work outcomes recorded.",
            cancellationToken
        );
    }

    private bool Known()
    {
        var parsed = OccasionCode switch
        {
            "assessment" => EvaluationOccasion.Assessment,
            "discharge" => EvaluationOccasion.Discharge,
            _ => (EvaluationOccasion?)null,
        };
        Occasion = parsed ?? default;
        return parsed is not null;
    }
}
