using Hubs.ServiceDefaults.Errors;

namespace Hubs.Web.Features;

/// <summary>
/// Web's error page: in the clinician workspace's layout for its paths, else the keyworker layout with crisis contacts.
/// </summary>
public sealed class ErrorModel : ErrorPageModel
{
    public bool InClinic => OriginalPath.StartsWith("/clinic", StringComparison.OrdinalIgnoreCase);
}
