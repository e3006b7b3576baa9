namespace Hubs.Web.Features.Kernel;

/// <summary>
/// Marks an event of the Hub's work with organisations (a consultation with a manager, outreach): not a journey's,
/// and never names a person, a team or an organisation — codes, a day and head counts only.
/// </summary>
public interface IHubWorkEvent;
