using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

public sealed class ConfirmEmailModel(UserManager<HubsUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is not null && code is not null)
        {
            try
            {
                Confirmed = (await users.ConfirmEmailAsync(user, AccountEmails.Decode(code))).Succeeded;
            }
            catch (FormatException)
            {
                Confirmed = false;
            }
        }
    }
}
