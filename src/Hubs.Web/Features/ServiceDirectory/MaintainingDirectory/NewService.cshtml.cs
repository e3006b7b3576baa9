using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;

/// <summary>Add a service to the admin's Hub's directory: the validator and stream start of the API.</summary>
public sealed class NewServiceModel(IDocumentSession session, IValidator<DescribeService> validator, TimeProvider clock)
    : ServiceForm
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Admin is not { } admin)
        {
            return Forbid();
        }

        var command = Command();
        if (!Validate(validator, command))
        {
            return Page();
        }

        ServiceDirectoryEndpoints.Start(session, command, admin, clock.GetUtcNow());
        await session.SaveChangesAsync(cancellationToken);
        TempData["Done"] = $"{command.Details().Name} added.";
        return RedirectToPage("/ServiceDirectory/MaintainingDirectory/Services");
    }
}
