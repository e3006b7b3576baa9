using System.Globalization;
using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.GivingExperienceFeedback;

/// <summary>
/// The keyworker's experience questionnaire (occasion in the path: assessment or discharge), on their own journey,
/// optional and once per occasion: the same validator and decision as <c>POST /api/journeys/{id}/experience</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class ExperienceModel(
    IDocumentSession session,
    IValidator<GiveExperienceFeedback> validator,
    TimeProvider clock
) : OwnJourneyPage(session, clock)
{
    [FromRoute(Name = "occasion")]
    public string? OccasionCode { get; set; }

    [BindProperty]
    public string? Overall { get; set; }

    public EvaluationOccasion Occasion { get; private set; }

    /// <summary>The answer chosen for each statement, as posted (kept when the form comes back with errors).</summary>
    public Dictionary<string, string> Given { get; } = new(StringComparer.Ordinal);

    /// <summary>True once this occasion's questionnaire has been answered: the page thanks instead of asking.</summary>
    public bool AlreadyGiven { get; private set; }

    protected override string FormField => nameof(Overall);

    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        if (!Known())
        {
            return false;
        }

        var record = await Session.LoadAsync<EvaluationRecord>(JourneyId, cancellationToken);
        AlreadyGiven = record?.ExperienceGiven.Contains(Occasion) == true;
        return true;
    }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Known();
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in ExperienceItems.All)
        {
            Given[item.Id] = Request.Form[$"Answers.{item.Id}"].ToString();
            if (int.TryParse(Given[item.Id], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                answers[item.Id] = value;
            }
            else if (Given[item.Id].Length > 0)
            {
                ModelState.AddModelError($"Answers.{item.Id}", "Choose one of the answers from the list.");
            }
        }

        var command = new GiveExperienceFeedback(Occasion, answers, Words.Parse<ExperienceRating>(Overall));
        foreach (var error in validator.Validate(command).Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        var now = Clock.GetUtcNow();
        return WriteAsync(
            journey => GiveExperienceFeedbackDecision.Decide(journey, command, now),
            () => RedirectToPage("/Journeys/ReadingOwnJourneys/MyJourneys", new { done = "experience" }),
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
