using Hubs.ServiceDefaults.Errors;

namespace Hubs.Identity.Features;

/// <summary>
/// Identity's HTML error page, in its own layout (its API and protocol paths answer problem details).
/// </summary>
public sealed class ErrorModel : ErrorPageModel;
