using FluentValidation;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Consultations.RecordingConsultation;

/// <summary>
/// The Hub's consultations with managers, and the form that records one — the validator and stream start of
/// <c>POST /api/consultations</c>. Every answer is picked from a list: there is nowhere to type a name.
/// </summary>
public sealed class ConsultationsModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordConsultation> validator
) : PartnerRecordPage(session, clock)
{
    [BindProperty]
    public string? About { get; set; }

    [BindProperty]
    public string? AdviceArea { get; set; }

    public IReadOnlyList<Consultation> Consultations { get; private set; } = [];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordConsultation(
            Day,
            Words.Parse<ConsultationAbout>(About),
            Words.Parse<AdviceArea>(AdviceArea),
            ChosenSector,
            ChosenType
        );
        var start = () => ConsultationEndpoints.StartAsync(Session, command, Me.HubId, Times, cancellationToken);
        if (await RecordAsync(validator, command, start, cancellationToken))
        {
            TempData["Done"] = "Consultation recorded.";
            return RedirectToPage();
        }

        return await ShowAgainAsync(cancellationToken);
    }

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Consultations = await ConsultationsSetup.ListAsync(Session, Me.HubId, cancellationToken);
}
