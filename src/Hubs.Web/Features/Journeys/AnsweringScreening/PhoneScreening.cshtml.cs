using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// A clinician enters the screening answers a keyworker gives by phone, one step at a time, through the same
/// questionnaire plan and decision as <c>POST /api/journeys/{id}/screening/answers</c> (source: phone).
/// </summary>
public sealed class PhoneScreeningModel(IDocumentSession session, ClinicClock clock) : JourneyPage(session, clock)
{
    public AskQuestions? Step { get; private set; }

    /// <summary>What the person chose for each item of the step, kept when the form is shown again.</summary>
    public Dictionary<string, string> Chosen { get; } = [];

    protected override string What => "phone-screening-form";

    public static string FieldOf(ItemDefinition item) => "q-" + item.Id.Replace('.', '-');

    public static IReadOnlyList<Choice> ChoicesOf(ItemDefinition item) =>
        item
            .Options.Select(o => new Choice(
                o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                o.Label
            ))
            .ToList();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await PrepareAsync(cancellationToken);
        if (Step is null)
        {
            return RedirectToPage(new { id = Id });
        }

        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Step.Items.Count; i++)
        {
            var item = Step.Items[i];
            Chosen[item.Id] = Request.Form[FieldOf(item)].ToString();
            if (Words.Number(Chosen[item.Id]) is { } value && item.Allows(value))
            {
                answers[item.Id] = value;
            }
            else
            {
                ModelState.AddModelError(FieldOf(item), $"Choose the keyworker's answer to question {i + 1}.");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await SavedAsync(cancellationToken);
        var configuration = await HubSettingsStore.ScreeningForAsync(Session, Journey.HubId, cancellationToken);
        var command = new SaveScreeningAnswers(ScreeningSource.Phone, Step.Measure, answers);
        var outcome = await JourneyWrites.TryAsync(
            Session,
            Id,
            Version,
            Caller,
            AccessModel.For(PageContext),
            Times.Now,
            (j, _) => SaveScreeningAnswersDecision.Decide(j, saved, command, configuration, Times.Now).Decision,
            cancellationToken
        );
        if (outcome.Status == AppendStatus.Written)
        {
            return RedirectToPage(new { id = Id });
        }

        var refusal = Refused(outcome);
        if (outcome.Status == AppendStatus.Stale && await OpenAsync(cancellationToken) is null)
        {
            Version = OpenedAt;
        }

        return refusal ?? Page();
    }

    /// <summary>
    /// The next step of the Hub's screening plan given the answers saved so far; none once screening is complete.
    /// </summary>
    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (Journey.Status != JourneyStatus.Submitted)
        {
            return;
        }

        var configuration = await HubSettingsStore.ScreeningForAsync(Session, Journey.HubId, cancellationToken);
        Step = ScreeningPlan.Next(configuration, await SavedAsync(cancellationToken)) as AskQuestions;
    }

    private async Task<ScreeningAnswers> SavedAsync(CancellationToken cancellationToken) =>
        (await Session.Events.FetchStreamAsync(Id, token: cancellationToken))
            .Select(e => e.Data)
            .OfType<ScreeningAnswersSaved>()
            .Aggregate(ScreeningAnswers.None(ScreeningSource.Phone), (answers, e) =>
                answers.Record(e.Measure, e.Answers.Value ?? [])
            );
}
