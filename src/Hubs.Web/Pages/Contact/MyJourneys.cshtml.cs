using System.Globalization;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Contact.Policy;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Api;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.Contact;

/// <summary>Where a signed-in keyworker lands (the link in every notice): their journeys, newest first.</summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class MyJourneysModel(IQuerySession session, ContactSettings settings) : PageModel
{
    public IReadOnlyList<Journey> Journeys { get; private set; } = [];

    public string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, settings.Zone).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = KeyworkerCaller.FromPrincipal(User);
        Journeys = caller is null ? [] : (await session.Query<Journey>().Where(j => j.KeyworkerId == caller.Id).ToListAsync(cancellationToken))
            .OrderByDescending(j => j.SubmittedAt).ToList();
    }
}
