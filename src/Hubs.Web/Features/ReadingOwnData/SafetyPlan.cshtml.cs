using System.Text;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.ReadingOwnData;

/// <summary>
/// The keyworker's own safety plan, to read and to download as a text file they can keep on their phone.
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class SafetyPlanModel(IDocumentSession session, ContactSettings settings, TimeProvider clock)
    : OwnJourneyPage(session, clock)
{
    public OwnSafetyPlan? Plan { get; private set; }

    public HubTime Time => new(settings.Zone);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    public Task<IActionResult> OnGetTextAsync(CancellationToken cancellationToken) =>
        DownloadAsync(
            () =>
                Plan is null
                    ? null
                    : new OwnFile(
                        Encoding.UTF8.GetBytes(AsText(Plan)),
                        "text/plain; charset=utf-8",
                        "my-safety-plan.txt"
                    ),
            cancellationToken
        );

    private string AsText(OwnSafetyPlan own)
    {
        var p = own.Plan;
        var text = new StringBuilder($"My safety plan (agreed {Time.Date(own.AgreedAt)})\n");
        foreach (
            var (heading, body) in new[]
            {
                ("Warning signs", p.WarningSigns),
                ("Things I can do on my own", p.CopingStrategies),
                ("People and places that help", p.PeopleAndPlaces),
                ("Professionals I can contact", p.ProfessionalContacts),
                ("Crisis lines", p.CrisisLines),
                ("Making my surroundings safer", p.SafeEnvironment),
            }.Where(s => s.Item2.Length > 0)
        )
        {
            text.Append('\n').Append(heading).Append('\n').Append(body).Append('\n');
        }

        return text.ToString();
    }

    protected override async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        var events = await Session.Events.FetchStreamAsync(JourneyId, token: cancellationToken);
        Plan = events.Select(e => e.Data).OfType<SafetyPlanAgreed>().LastOrDefault() is { Plan.Value: { } plan } agreed
            ? new OwnSafetyPlan(agreed.AgreedAt, plan)
            : null;
        return true;
    }
}
