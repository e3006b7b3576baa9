using Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>
/// An external intervisor, or whoever confirmed protected time, is named by role only ("Ward manager"): the same
/// short-label rule as a department (no personal titles, long numbers or addresses), in its own words.
/// </summary>
public static class RoleLabel
{
    public const string Rule =
        "Describe them by their role only, like Ward manager or Balint group leader (40 characters or fewer): "
        + "never their name or title.";

    public static bool IsAcceptable(string? label) => DepartmentLabel.IsAcceptable(label);
}
