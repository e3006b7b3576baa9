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

    public MarkedPoint? First { get; private set; }

    public MarkedPoint? Last { get; private set; }

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
            (await Session.LoadAsync<MeasureHistory>(Id, cancellationToken))?.Points ?? []
        );
        First = points.FirstOrDefault();
        Last = points.Count > 1 ? points[^1] : null;
        Services = await OnwardChoices.ServicesAsync(Session, Me.HubId, cancellationToken);
    }
}
