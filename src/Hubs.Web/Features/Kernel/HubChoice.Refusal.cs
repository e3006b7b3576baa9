using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.Kernel;

/// <summary>When a Hub choice is refused (HubChoiceGuard answers it before any page or endpoint runs).</summary>
public static partial class HubChoice
{
    /// <summary>Longer than any Hub id; a longer header is refused unread.</summary>
    private const int LongestId = 64;

    /// <summary>
    /// Why a signed-in member of a Hub may not go on: a choice naming a Hub they do not work in (tampered or left:
    /// 403) or an API header that names no one Hub (empty, several, too long, control characters: 400); else null.
    /// </summary>
    public static int? Refusal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.HubIds() is not { Count: > 0 } hubs)
        {
            return null;
        }

        if (ApiRequests.IsApi(context) && context.Request.Headers.TryGetValue(Header, out var values))
        {
            return values is not [{ Length: > 0 and <= LongestId } one] || one.Any(char.IsControl)
                    ? StatusCodes.Status400BadRequest
                : hubs.Contains(one) ? null
                : StatusCodes.Status403Forbidden;
        }

        return Asked(context) is { } asked && !hubs.Contains(asked) ? StatusCodes.Status403Forbidden : null;
    }
}
