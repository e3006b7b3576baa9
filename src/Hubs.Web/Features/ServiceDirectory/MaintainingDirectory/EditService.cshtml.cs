using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;

/// <summary>
/// Change or archive one service of the admin's Hub, at the version shown (a stale form is refused, never merged);
/// another Hub's entry is not found.
/// </summary>
public sealed class EditServiceModel(
    IDocumentSession session,
    IValidator<DescribeService> validator,
    TimeProvider clock
) : ServiceForm
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public bool Archived { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } listing)
        {
            return NotFound();
        }

        Show(listing.Details);
        Version = listing.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = Command();
        return Validate(validator, command)
            ? await WriteAsync(
                s => ServiceDirectoryDecisions.Change(s, command, Admin!.Id, clock.GetUtcNow()),
                $"{command.Details().Name} changed.",
                cancellationToken
            )
            : await RedisplayAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return WriteAsync(
            s => ServiceDirectoryDecisions.Archive(s, Admin!.Id, clock.GetUtcNow()),
            $"{Name} archived: it is no longer offered for new referrals.",
            cancellationToken
        );
    }

    private async Task<IActionResult> WriteAsync(
        Func<ServiceListing, Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        if (Admin is not { } admin)
        {
            return NotFound();
        }

        var outcome = await StreamAppend.TryAsync(
            session,
            Id,
            Version,
            (ServiceListing s) => s.HubId == admin.HubId,
            decide,
            cancellationToken
        );
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                TempData["Done"] = done;
                return RedirectToPage("/ServiceDirectory/MaintainingDirectory/Services");
            case AppendStatus.NotFound:
                return NotFound();
            case AppendStatus.Stale:
                ModelState.AddModelError(
                    "form",
                    "Someone else changed this service while you were typing. Check it, then save again."
                );
                break;
            default:
                ModelState.AddModelError("form", outcome.Refusal!.Detail);
                break;
        }

        return await RedisplayAsync(cancellationToken);
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } listing)
        {
            return NotFound();
        }

        Version = ModelState.ContainsKey("form") ? listing.Version : Version;
        return Page();
    }

    private async Task<ServiceListing?> LoadAsync(CancellationToken cancellationToken)
    {
        var listing = Admin is { } admin
            ? await ServiceDirectoryRead.EntryAsync(session, Id, admin.HubId, cancellationToken)
            : null;
        Archived = listing?.Archived ?? false;
        return listing;
    }
}
