using FluentValidation;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.AnsweringSessionMeasures;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>
/// Record a treatment session with its PHQ-9 and GAD-7: the validator and decision of <c>POST
/// /api/journeys/{id}/sessions</c>.
/// </summary>
public sealed class SessionModel(IDocumentSession session, ClinicClock clock, IValidator<RecordSession> validator)
    : JourneyPage(session, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? AppointmentId { get; set; }

    [BindProperty]
    public string? Phq9Total { get; set; }

    [BindProperty]
    public string? Gad7Total { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    /// <summary>PHQ-9 item 9 at this session (0–3): required here, so risk is reviewed at every session.</summary>
    [BindProperty]
    public string? Phq9Item9 { get; set; }

    [BindProperty]
    public string? RiskReview { get; set; }

    public string Item9Question => SessionMeasures.Item9.Text;

    public IReadOnlyList<Choice> Item9Choices { get; } =
        SessionMeasures
            .Item9.Options.Select(o => new Choice(
                o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{o.Value}: {o.Label}"
            ))
            .ToList();

    public IReadOnlyList<Choice> Appointments { get; private set; } = [];

    /// <summary>The keyworker's answers before the chosen session, which an empty form starts from.</summary>
    public KeyworkerAnswers? Before { get; private set; }

    protected override string What => "session-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordSession(
            Guid.TryParse(AppointmentId, out var appointment) ? appointment : Guid.Empty,
            Words.Number(Phq9Total),
            Words.Number(Gad7Total),
            Notes,
            Phq9Item9: Words.Number(Phq9Item9),
            RiskReview: RiskReview
        );
        Validate(validator, command);
        if (command.Phq9Item9 is null && ModelState[nameof(Phq9Item9)] is null)
        {
            ModelState.AddModelError(
                nameof(Phq9Item9),
                "Ask PHQ-9 item 9 and record the answer: risk is reviewed at every session."
            );
        }

        ViewData.ShowErrorsInOrder(
            nameof(AppointmentId),
            nameof(Phq9Total),
            nameof(Gad7Total),
            nameof(Phq9Item9),
            nameof(RiskReview),
            nameof(Notes)
        );

        return WriteAsync(
            journey => RecordSessionDecision.Decide(journey, command, Me.Id, Times.Now),
            "Session recorded.",
            cancellationToken
        );
    }

    /// <summary>The attended treatment appointments still without a session; the only one is chosen for you.</summary>
    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Appointments = (await AppointmentsAsync(cancellationToken))
            .Appointments.Where(a =>
                a is { Purpose: AppointmentPurpose.Treatment, State: AppointmentState.Attended, SessionRecorded: false }
            )
            .Select(a => new Choice(a.Id.ToString(), Times.Show(a.StartsAt)))
            .ToList();
        if (AppointmentId is null && Appointments.Count == 1)
        {
            AppointmentId = Appointments[0].Value;
        }

        Before = Guid.TryParse(AppointmentId, out var chosen)
            ? await KeyworkerAnswers.LoadAsync(Session, Id, chosen, cancellationToken)
            : null;
        if (Before is not null && HttpMethods.IsGet(Request.Method))
        {
            Phq9Total = KeyworkerAnswers.Field(Before.Phq9Total);
            Gad7Total = KeyworkerAnswers.Field(Before.Gad7Total);
            Phq9Item9 = KeyworkerAnswers.Field(Before.Phq9Item9);
        }
    }
}
