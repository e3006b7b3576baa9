using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.CodingThemes;

/// <summary>
/// Code the presenting themes: the same validator and decision as <c>POST /api/journeys/{id}/themes</c>.
/// </summary>
public sealed class ThemesModel(IDocumentSession session, ClinicClock clock, IValidator<CodePresentingThemes> validator)
    : JourneyPage(session, clock)
{
    [BindProperty]
    public List<string> Themes { get; set; } = [];

    protected override string What => "themes-form";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(cancellationToken);
        var coded = await Session.LoadAsync<EvaluationRecord>(Id, cancellationToken);
        Themes = [.. (coded?.Themes ?? []).Select(t => t.ToString())];
        return shown;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var parsed = Themes.Select(Words.Parse<PresentingTheme>).ToList();
        if (parsed.Any(t => t is null))
        {
            ModelState.AddModelError(nameof(Themes), "Choose themes from the list.");
        }

        var command = new CodePresentingThemes([.. parsed.OfType<PresentingTheme>()]);
        Validate(validator, command);
        return WriteAsync(
            journey => CodePresentingThemesDecision.Decide(journey, command, Me.Id, Times.Now),
            "Presenting themes recorded.",
            cancellationToken
        );
    }
}
