using System.Globalization;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.Screening;

/// <summary>
/// Screening, one measure per page, as <see cref="ScreeningPlan.Next"/> decides from the answers saved so far.
/// A risk answer goes straight to the support page; everything else back here for the next step.
/// </summary>
public sealed class QuestionsModel(IDocumentSession session, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ScreeningId { get; set; }

    public ScreeningStep Step { get; private set; } = null!;

    public bool PhoneRequested { get; private set; }

    /// <summary>What was picked on this page, kept when the page is shown again with errors.</summary>
    public Dictionary<string, string> Picked { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await session.LoadAsync<ScreeningDraft>(ScreeningId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        PhoneRequested = draft.PhoneRequested;
        Step = ScreeningPlan.Next(ScreeningConfiguration.Default, draft.ToAnswers());
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(complete: true, cancellationToken);

    public Task<IActionResult> OnPostLaterAsync(CancellationToken cancellationToken) => SaveAsync(complete: false, cancellationToken);

    public async Task<IActionResult> OnPostByPhoneAsync(CancellationToken cancellationToken)
    {
        var draft = await session.LoadAsync<ScreeningDraft>(ScreeningId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        draft.PhoneRequested = true;
        session.Store(draft);
        await session.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Screening/ByPhone", new { ScreeningId });
    }

    /// <summary>Saves what was answered; with <paramref name="complete"/> every question on the page must be answered.</summary>
    private async Task<IActionResult> SaveAsync(bool complete, CancellationToken cancellationToken)
    {
        var draft = await session.LoadAsync<ScreeningDraft>(ScreeningId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Step = ScreeningPlan.Next(ScreeningConfiguration.Default, draft.ToAnswers());
        if (Step is not AskQuestions ask)
        {
            return RedirectToPage();
        }

        var answers = Read(ask.Items, complete);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        draft.Record(ask.Measure, answers);
        var risk = ask.Items.Any(i => i.Risk is not null && answers.TryGetValue(i.Id, out var v) && i.Risk.Assess(v) > RiskLevel.None);
        draft.RiskRaisedAt ??= risk ? clock.GetUtcNow() : null;
        session.Store(draft);
        await session.SaveChangesAsync(cancellationToken);
        return risk ? RedirectToPage("/Screening/Support", new { ScreeningId })
            : complete ? RedirectToPage()
            : RedirectToPage("/Screening/Saved", new { ScreeningId });
    }

    private Dictionary<string, int> Read(IReadOnlyList<ItemDefinition> items, bool complete)
    {
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var field = QuestionField.Name(item);
            var posted = Request.Form[field].ToString();
            if (int.TryParse(posted, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && item.Allows(value))
            {
                answers[item.Id] = value;
                Picked[field] = posted;
            }
            else if (complete)
            {
                ModelState.AddModelError(field, $"Choose an answer for: {item.Text}");
            }
        }

        return answers;
    }
}
