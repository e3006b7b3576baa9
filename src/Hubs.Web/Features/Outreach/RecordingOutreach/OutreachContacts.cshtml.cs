using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Outreach.RecordingOutreach;

/// <summary>
/// The Hub's outreach with its reach by sector, and the form that records a visit, briefing or talk — the
/// validator and decision of <c>POST /api/outreach</c>. The organisation is a category, never a name.
/// </summary>
public sealed class OutreachContactsModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordOutreach> validator
) : PartnerRecordPage(session, clock)
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Attendees { get; set; }

    public IReadOnlyList<OutreachContact> Contacts { get; private set; } = [];

    /// <summary>People reached, by sector, for the Hub's own planning (not a published figure).</summary>
    public IReadOnlyList<(string Sector, int Contacts, int Reached)> Reach =>
        [
            .. Contacts
                .GroupBy(c => c.Sector)
                .OrderBy(g => g.Key)
                .Select(g => (PartnerWords.Of(PartnerWords.Sectors, g.Key), g.Count(), g.Sum(c => c.Attendees))),
        ];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordOutreach(
            Day,
            Words.Parse<OutreachKind>(Kind),
            ChosenSector,
            ChosenType,
            Words.Number(Attendees) ?? 0
        );
        var start = () => OutreachEndpoints.StartAsync(Session, command, Me.HubId, Times, cancellationToken);
        if (await RecordAsync(validator, command, start, cancellationToken))
        {
            TempData["Done"] = $"{OutreachWords.Of(command.Kind!.Value)} recorded.";
            return RedirectToPage();
        }

        return await ShowAgainAsync(cancellationToken);
    }

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Contacts = await OutreachEndpoints.ListForHubAsync(Session, Me.HubId, cancellationToken);
}
