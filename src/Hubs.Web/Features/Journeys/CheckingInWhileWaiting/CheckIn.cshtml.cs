using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.CheckingInWhileWaiting;

/// <summary>
/// The waiting-well check-in, short enough for a phone: how the keyworker is coping compared with when they referred,
/// whether they want to be contacted sooner, and (optionally) the screening's self-harm question. Written through the
/// one write path; a self-harm answer above none shows the crisis contacts at once, as at screening.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class CheckInModel(IDocumentSession session, ContactSettings settings, TimeProvider clock)
    : OwnJourneyPage(session, clock)
{
    [BindProperty]
    public Coping? Coping { get; set; }

    [BindProperty]
    public bool? ContactSooner { get; set; }

    [BindProperty]
    public int? Safety { get; set; }

    public static string SafetyQuestion => SessionMeasures.Item9.Text;

    public static IReadOnlyList<Choice> SafetyChoices { get; } =
    [
        .. SessionMeasures.Item9.Options.Select(o => new Choice(
            o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            o.Label
        )),
    ];

    public HubTime Time => new(settings.Zone);

    public CheckInView? Last { get; private set; }

    public bool Waiting { get; private set; }

    /// <summary>
    /// Set once the answers are saved: the page thanks the keyworker (and shows help if they need it).
    /// </summary>
    public WaitingWellAnswers? Sent { get; private set; }

    public DateTimeOffset? NextAllowed =>
        Last is { } last && last.AnsweredAt + CheckInDecision.Interval > Clock.GetUtcNow()
            ? last.AnsweredAt + CheckInDecision.Interval
            : null;

    protected override string FormField => nameof(Coping);

    protected override string FieldFor(Refusal refusal) =>
        refusal?.Code == "invalid-answers" ? nameof(Safety) : FormField;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Coping is null)
        {
            ModelState.AddModelError(nameof(Coping), "Choose how you are coping compared with when you referred.");
        }

        if (ContactSooner is null)
        {
            ModelState.AddModelError(nameof(ContactSooner), "Say whether you would like us to contact you sooner.");
        }

        var answers = new WaitingWellAnswers(
            Coping ?? Codes.Coping.Same,
            ContactSooner == true,
            Safety
        );
        var now = Clock.GetUtcNow();
        return WriteAsync(
            journey => CheckInDecision.Decide(journey, answers, now),
            () =>
            {
                Sent = answers;
                return Page();
            },
            cancellationToken
        );
    }

    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        Last = await CheckIns.LatestAsync(Session, JourneyId, cancellationToken);
        Waiting = CheckIns.IsWaiting(Own);
        return true;
    }
}
