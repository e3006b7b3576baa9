using System.Globalization;
using FluentValidation;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.AdministeringMeasure;

/// <summary>
/// A clinician gives one questionnaire (any in the catalogue) at an assessment, session, review or discharge: the
/// validator and decision of <c>POST /api/journeys/{id}/measures</c>. Answers are posted as <c>Answers.{item id}</c>,
/// the validator's field names, so each error sits beside its question and every answer given is kept.
/// </summary>
public sealed class MeasureModel(IDocumentSession session, ClinicClock clock, IValidator<AdministerMeasure> validator)
    : JourneyPage(session, clock)
{
    [FromRoute(Name = "measure")]
    public string? MeasureCode { get; set; }

    [BindProperty]
    public string? Occasion { get; set; }

    public MeasureDefinition Definition { get; private set; } = null!;

    /// <summary>What was chosen for each item, as posted (kept when the form comes back with errors).</summary>
    public Dictionary<string, string> Given { get; } = new(StringComparer.Ordinal);

    protected override string What => "measure-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        Known() ? ShowAsync(cancellationToken) : Task.FromResult<IActionResult>(NotFound());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Known())
        {
            return NotFound();
        }

        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in Definition.Items)
        {
            Given[item.Id] = Request.Form[$"Answers.{item.Id}"].ToString();
            if (int.TryParse(Given[item.Id], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                answers[item.Id] = value;
            }
        }

        var command = new AdministerMeasure(Definition.Id, Words.Parse<MeasureOccasion>(Occasion), answers);
        Validate(validator, command);
        // The caller's Hub: a journey of another Hub is refused by the write path before these options matter.
        var options = (await HubSettingsStore.LoadAsync(Session, Me.HubId, cancellationToken)).Screening.Scoring;
        return await WriteAsync(
            journey => AdministerMeasureDecision.Decide(journey, command, options, Me.Id, Times.Now),
            $"{Definition.Name} recorded.",
            cancellationToken
        );
    }

    private bool Known()
    {
        if (
            !Enum.TryParse<MeasureId>(MeasureCode, ignoreCase: true, out var measure)
            || !Enum.IsDefined(measure)
            || !string.Equals(MeasureCode, measure.ToString(), StringComparison.OrdinalIgnoreCase)
        )
        {
            return false;
        }

        Definition = Catalogue.Get(measure);
        return true;
    }
}
