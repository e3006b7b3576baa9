using Hubs.ServiceDefaults.Errors;

namespace Hubs.Insights.Pages;

/// <summary>Insights' HTML error page, in the dashboards' layout (the feed API answers problem details).</summary>
public sealed class ErrorModel : ErrorPageModel;
