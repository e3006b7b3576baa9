using System.Reflection;

namespace Hubs.Web.Features.Contact;

/// <summary>
/// The keyworker acting on their own journey. TEMPORARY until keyworker sign-in lands: read from the header
/// <c>X-Hubs-Keyworker-Id</c> (their keyworker id, the owner of their data key), like
/// <see cref="Journeys.Api.StaffMember"/> for staff; this is the one place to switch to token claims.
/// A request without it is refused by minimal-API binding (400); someone else's journey is 404.
/// </summary>
public sealed record KeyworkerCaller(Guid Id)
{
    public const string IdHeader = "X-Hubs-Keyworker-Id";

    public static ValueTask<KeyworkerCaller?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Guid.TryParse(context.Request.Headers[IdHeader], out var id) ? new KeyworkerCaller(id) : null);
    }
}
