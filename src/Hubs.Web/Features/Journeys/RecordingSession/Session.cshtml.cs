using FluentValidation;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.AnsweringSessionMeasures;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>
/// Record a treatment session with its PHQ-9 and GAD-7 and the Hub's other session questionnaires the keyworker
/// answered before it: the validator and decision of <c>POST /api/journeys/{id}/sessions</c>.
/// </summary>
public sealed class SessionModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordSession> validator,
    KeyworkerKeys keys
) : JourneyPage(session, clock)
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

    /// <summary>
    /// The other questionnaires' fields as shown: "{Measure}Total" (and "{Measure}Result" for a diagnosis), keyed by
    /// field name; from the keyworker's answers at first, then as the clinician typed them.
    /// </summary>
    public Dictionary<string, string?> Others { get; } = new(StringComparer.Ordinal);

    protected override string What => "session-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var confirmed = await ConfirmedAsync(cancellationToken);
        var command = new RecordSession(
            Guid.TryParse(AppointmentId, out var appointment) ? appointment : Guid.Empty,
            Words.Number(Phq9Total),
            Words.Number(Gad7Total),
            Notes,
            Phq9Item9: Words.Number(Phq9Item9),
            RiskReview: RiskReview,
            Confirmed: confirmed
        );
        Validate(validator, command);
        for (var i = 0; i < confirmed.Count; i++)
        {
            Move($"Confirmed[{i}].Total", TotalField(confirmed[i].Measure));
            Move($"Confirmed[{i}].Band", ResultField(confirmed[i].Measure));
        }

        if (command.Phq9Item9 is null && ModelState[nameof(Phq9Item9)] is null)
        {
            ModelState.AddModelError(
                nameof(Phq9Item9),
                "Ask PHQ-9 item 9 and record the answer: risk is reviewed at every session."
            );
        }

        ViewData.ShowErrorsInOrder([
            nameof(AppointmentId),
            nameof(Phq9Total),
            nameof(Gad7Total),
            .. confirmed.SelectMany(c => new[] { TotalField(c.Measure), ResultField(c.Measure) }),
            nameof(Phq9Item9),
            nameof(RiskReview),
            nameof(Notes),
        ]);

        // The Hub's options and the read models the session folds, read with the journey (as the API does).
        var options = ScoringOptions.Default;
        return await WriteAsync(
            async batch =>
            {
                var readModels = SessionReadModels.Preload(batch, Id, keys);
                options = (await HubSettingsStore.LoadAsync(batch, Me.HubId)).Screening.Scoring;
                await readModels;
            },
            (journey, _) => RecordSessionDecision.Decide(journey, command, Me.Id, Times.Now, options),
            "Session recorded.",
            cancellationToken
        );
    }

    public static string TotalField(MeasureId measure) => $"{measure}Total";

    public static string ResultField(MeasureId measure) => $"{measure}Result";

    /// <summary>A diagnosis's choices (ITQ: none, PTSD, complex PTSD), by band code.</summary>
    public static IReadOnlyList<Choice> ResultChoices(MeasureId measure) =>
        [.. Catalogue.Get(measure).Banding.Bands.Select(b => new Choice(b.Code, b.Label))];

    public static int MaxTotal(MeasureId measure) => Catalogue.Get(measure).MaxTotal;

    /// <summary>The keyworker's other questionnaires before the chosen session, as the clinician sent them.</summary>
    private async Task<List<ConfirmedMeasure>> ConfirmedAsync(CancellationToken cancellationToken)
    {
        // The journey's events are sealed with its own key: read here, when not cached, not inside the JSON converter.
        await keys.WarmAsync([Id], cancellationToken);
        var before = Guid.TryParse(AppointmentId, out var chosen)
            ? await KeyworkerAnswers.LoadAsync(Session, Id, chosen, cancellationToken)
            : null;
        var confirmed = new List<ConfirmedMeasure>();
        foreach (var measure in before?.Others.Select(o => o.Measure) ?? [])
        {
            var total = Others[TotalField(measure)] = Request.Form[TotalField(measure)].FirstOrDefault();
            var band = ConfirmedMeasure.BandIsChosen(measure)
                ? Others[ResultField(measure)] = Request.Form[ResultField(measure)].FirstOrDefault()
                : null;
            confirmed.Add(new ConfirmedMeasure(measure, Words.Number(total) ?? Unreadable(total), band));
        }

        return confirmed;
    }

    /// <summary>Typed but not a whole number: out of every range, so the range's message says what is wanted.</summary>
    private static int? Unreadable(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : -1;

    private void Move(string from, string to)
    {
        if (ModelState[from] is { Errors.Count: > 0 } entry)
        {
            ModelState.AddModelError(to, entry.Errors[0].ErrorMessage);
            ModelState.Remove(from);
        }
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
            foreach (var result in Before.Others)
            {
                Others[TotalField(result.Measure)] = KeyworkerAnswers.Field(result.Total);
                Others[ResultField(result.Measure)] = result.Band;
            }
        }
    }
}
