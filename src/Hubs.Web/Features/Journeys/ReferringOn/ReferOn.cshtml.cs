using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ReferringOn;

/// <summary>
/// Signpost or refer on to a service of the Hub's directory: the validator and decision of
/// <c>POST /api/journeys/{id}/onward-referrals</c>.
/// </summary>
public sealed class ReferOnModel(IDocumentSession session, ClinicClock clock, IValidator<ReferOn> validator)
    : JourneyPage(session, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Stage { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? ServiceId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyList<Choice> Services { get; private set; } = [];

    protected override string What => "onward-referral-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new ReferOn(
            Words.Parse<OnwardStage>(Stage),
            Words.Parse<OnwardKind>(Kind),
            OnwardChoices.Parse(ServiceId),
            Words.Parse<OnwardReason>(Reason),
            Note
        );
        Validate(validator, command);
        var service = await OnwardChoices.LoadAsync(Session, command.ServiceId, cancellationToken);
        var referralId = Guid.CreateVersion7();
        return await WriteAsync(
            journey => ReferOnDecision.Decide(journey, command, service, referralId, Me.Id, Times.Now),
            command.Kind == OnwardKind.Referral ? "Onward referral recorded." : "Signposting recorded.",
            cancellationToken
        );
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken) =>
        Services = await OnwardChoices.ServicesAsync(Session, Me.HubId, cancellationToken);
}
