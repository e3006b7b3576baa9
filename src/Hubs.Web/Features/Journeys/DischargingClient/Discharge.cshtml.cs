using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.DischargingClient;

/// <summary>
/// Discharge with a reason, the end measures shown beside the first (reliable change marked):
/// the validator and decision of <c>POST /api/journeys/{id}/discharge</c>.
/// </summary>
public sealed class DischargeModel(IDocumentSession session, ClinicClock clock, IValidator<DischargeClient> validator)
    : JourneyPage(session, clock)
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? MovedOnTo { get; set; }

    public IReadOnlyList<Choice> Services { get; private set; } = [];

    /// <summary>The first PHQ-9 and the last (null when there is no later one), whoever gave it.</summary>
    public (MarkedScore? First, MarkedScore? Last) Phq9 { get; private set; }

    public (MarkedScore? First, MarkedScore? Last) Gad7 { get; private set; }

    protected override string What => "discharge-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new DischargeClient(
            Words.Parse<DischargeReason>(Reason),
            Summary,
            OnwardChoices.Parse(MovedOnTo)
        );
        Validate(validator, command);
        var where = await OnwardChoices.LoadAsync(Session, command.MovedOnTo, cancellationToken);
        return await WriteAsync(
            journey => DischargeClientDecision.Decide(journey, command, Me.Id, Times.Now, where),
            "Discharged.",
            cancellationToken
        );
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var points = MeasureHistoryEndpoint.Marked(
            ScorePoints.Of(await Session.LoadAsync<MeasureHistory>(Id, cancellationToken))
        );
        Phq9 = FirstAndLast([.. points.Select(p => p.Phq9).OfType<MarkedScore>()]);
        Gad7 = FirstAndLast([.. points.Select(p => p.Gad7).OfType<MarkedScore>()]);
        Services = await OnwardChoices.ServicesAsync(Session, Me.HubId, cancellationToken);
    }

    private static (MarkedScore? First, MarkedScore? Last) FirstAndLast(IReadOnlyList<MarkedScore> scores) =>
        (scores.Count > 0 ? scores[0] : null, scores.Count > 1 ? scores[^1] : null);
}
