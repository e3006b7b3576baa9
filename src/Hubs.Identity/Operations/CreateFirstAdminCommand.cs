using System.Text.RegularExpressions;
using Hubs.Identity.Accounts;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Commands;

namespace Hubs.Identity.Operations;

/// <summary>
/// The first hub admin of a fresh deployment (no demo seed): the account and a one-time set-password link for
/// the operator to hand over; never a password. Refused (exit 1) once any hub admin exists.
/// </summary>
internal sealed partial class CreateFirstAdminCommand(
    FirstAdmin firstAdmin,
    AccountEmails emails,
    IConfiguration config
) : IHostCommand
{
    private const string Usage = "create-first-admin --email EMAIL --hub HUB-ID [--url IDENTITY-URL]";

    public static string Name => "create-first-admin";

    public static string Help =>
        Usage + ": the first hub admin (only while there is none), with a one-time set-password link.";

    public async Task<int> RunAsync(HostCommandCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var email = call.Option("--email")?.Trim();
        var hub = call.Option("--hub");
        var origin = (call.Option("--url") ?? config["Oidc:Issuer"])?.TrimEnd('/');
        if (
            email is null
            || !AccountEmailAttribute.IsWellFormed(email)
            || hub is null
            || !HubId().IsMatch(hub)
            || !Uri.TryCreate(origin, UriKind.Absolute, out _)
        )
        {
            await call.Error.WriteLineAsync(
                "Give the admin's work email, the Hub's id as Web knows it (Hubs__Directory__N__Id: lower-case "
                    + "letters, digits and dashes) and Identity's public address (--url, or Oidc__Issuer)."
            );
            return await call.UsageAsync(Usage);
        }

        if (await firstAdmin.CreateAsync(email, hub) is not { } admin)
        {
            await call.Error.WriteLineAsync(FirstAdmin.Exists);
            return 1;
        }

        await call.Output.WriteLineAsync($"Hub admin {email} created for the Hub '{hub}'.");
        await call.Output.WriteLineAsync(
            "Give them this link (it works once, for a day) to choose a password, then set up their "
                + "authenticator app:"
        );
        await call.Output.WriteLineAsync(await emails.SetPasswordLinkAsync(admin, origin!));
        return 0;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex HubId();
}
