using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Workshops.AnsweringWorkshopMeasure;

/// <summary>
/// The workshop's brief measure, on one page, before or after it (the same write as the API's). Only the total
/// and band are kept; what the answers mean is for the workshop's evaluation, not a clinical record.
/// </summary>
public sealed class QuestionsModel(
    IDocumentStore store,
    IQuerySession session,
    ContactSettings settings,
    TimeProvider clock
) : KeyworkerWorkshopPage(session, settings)
{
    [FromRoute]
    public string Occasion { get; set; } = "";

    public WorkshopOccasion? When =>
        Enum.TryParse<WorkshopOccasion>(Occasion, ignoreCase: true, out var when) && Enum.IsDefined(when) ? when : null;

    public MeasureDefinition Measure => Catalogue.Get(Workshop.Measure);

    public Dictionary<string, string> Picked { get; } = [];

    public IActionResult OnGet() => Place is null || When is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Place is not { } place || When is not { } when)
        {
            return NotFound();
        }

        var answers = ScreeningForm.Read(Request.Form, Measure.Items, ModelState, Picked, everyQuestion: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await MeasureEndpoints.AnswerAsync(
            store,
            Me,
            WorkshopId,
            place.Id,
            new AnswerWorkshopMeasure(when, answers),
            clock,
            cancellationToken
        );
        return Refused(outcome) ?? Redirect("/my/workshops?done=answered");
    }
}
