namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>
/// The words of the Hub switcher and the line on every staff page that says which Hub it shows (clinicians, leads,
/// hub admins and peer supporters who work in more than one Hub).
/// </summary>
public static class HubChoiceWords
{
    public const string Label = "Hub";

    public const string Button = "Show this Hub";

    public const string Heading = "Choose a Hub";

    public const string Hint =
        "You work in more than one Hub. Every page shows the Hub you choose until you sign out or close the browser.";

    public const string OnlyOne = "You work in one Hub, so there is nothing to choose.";

    public const string Refused = "You do not work in that Hub. Choose one of yours.";

    /// <summary>The header's line: which Hub the page shows, named as the deployment names it.</summary>
    public static string LookingAt(string hubName) => $"Looking at {hubName}";

    /// <summary>The role beside it, in the header.</summary>
    public static string Role(bool lead, bool admin, bool peer) =>
        lead ? "Hub lead"
        : admin ? "Hub admin"
        : peer ? "Peer supporter"
        : "Clinician";
}
