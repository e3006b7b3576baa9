using FluentValidation;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// A clinic list page whose form records the Hub's work with an organisation (a consultation, outreach): the day,
/// and the organisation's type and sector as codes, asked the same way on both; the record saves as its API does.
/// </summary>
public abstract class PartnerRecordPage(IDocumentSession session, ClinicClock clock) : ClinicListPage(session, clock)
{
    [BindProperty]
    public string? HeldOn { get; set; }

    [BindProperty]
    public string? OrganisationType { get; set; }

    [BindProperty]
    public string? Sector { get; set; }

    protected DateOnly? Day => WorkDay.Parse(HeldOn);

    protected PartnerSector? ChosenSector => Words.Parse<PartnerSector>(Sector);

    protected OrganisationType? ChosenType => Words.Parse<OrganisationType>(OrganisationType);

    /// <summary>
    /// Validates the command, then starts and saves its stream; true once saved, else each error is beside its field
    /// (a refused day beside the date).
    /// </summary>
    protected async Task<bool> RecordAsync<T>(
        IValidator<T> validator,
        T command,
        Func<Task<Started>> start,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(start);
        return Validate(validator, command)
            && await StartedStream.SavedAsync(Session, await start(), ModelState, nameof(HeldOn), cancellationToken);
    }
}
