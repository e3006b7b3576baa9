using FluentValidation;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.GroupSupport.StartingGroupSeries;

/// <summary>
/// The Hub's reflective group series, and the form that starts one — the validator and stream start of
/// <c>POST /api/group-series</c>. Clinical staff of the Hub (a clinician or the lead).
/// </summary>
public sealed class GroupsModel(IDocumentSession session, ClinicClock clock, IValidator<StartGroupSeries> validator)
    : ClinicPage(session, clock)
{
    private const string External = nameof(FacilitatorKind.ExternalIntervisor);

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Department { get; set; }

    [BindProperty]
    public string? Sector { get; set; }

    [BindProperty]
    public string? Cadence { get; set; } = nameof(GroupCadence.Monthly);

    [BindProperty]
    public string? DurationMinutes { get; set; } = "60";

    [BindProperty]
    public string? Facilitator { get; set; }

    [BindProperty]
    public string? ExternalRole { get; set; }

    [BindProperty]
    public string? ProfessionMix { get; set; }

    [BindProperty]
    public string? DepartmentMix { get; set; }

    [BindProperty]
    public string? MinSize { get; set; } = "2";

    [BindProperty]
    public string? MaxSize { get; set; } = "10";

    public IReadOnlyList<GroupSeries> Series { get; private set; } = [];

    public FacilitatorNames People { get; private set; } = FacilitatorNames.None;

    public IReadOnlyList<Choice> Facilitators => People.Offered(AdverseEventStore.Today(Times));

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var parts = (Facilitator ?? "").Split(':', 2);
        var command = new StartGroupSeries(
            Words.Parse<GroupKind>(Kind),
            Department ?? "",
            Words.Parse<Codes.Sector>(Sector),
            Words.Parse<GroupCadence>(Cadence),
            Words.Number(DurationMinutes) ?? 0,
            Words.Parse<FacilitatorKind>(parts[0]),
            parts.Length == 2 && Guid.TryParse(parts[1], out var f) ? f : null,
            parts[0] == External ? ExternalRole : null,
            Words.Parse<GroupMix>(ProfessionMix),
            Words.Parse<GroupMix>(DepartmentMix),
            Words.Number(MinSize) ?? 0,
            Words.Number(MaxSize) ?? 0
        );
        if (Validate(validator, command))
        {
            var (id, refusal) = await StartingEndpoints.StartAsync(
                Session,
                command,
                Me.HubId,
                Times,
                cancellationToken
            );
            if (refusal is null)
            {
                await Session.SaveChangesAsync(cancellationToken);
                TempData["Done"] = "Series started: now schedule its first meeting.";
                return Redirect($"/clinic/groups/{id}");
            }

            ModelState.AddModelError(nameof(Facilitator), refusal.Detail);
        }

        // The validator names the command's fields; the form has one facilitator field for them.
        FieldErrors.Move(ModelState, nameof(StartGroupSeries.FacilitatorKind), nameof(Facilitator));
        FieldErrors.Move(ModelState, nameof(StartGroupSeries.FacilitatorId), nameof(Facilitator));

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Series = await GroupSeriesStore.ListAsync(Session, Me.HubId, cancellationToken);
        People = await FacilitatorNames.LoadAsync(Session, Me.HubId, cancellationToken);
    }
}
