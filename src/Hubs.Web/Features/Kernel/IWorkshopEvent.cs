namespace Hubs.Web.Features.Kernel;

/// <summary>
/// Marks an event of a resilience workshop's stream (Features/Workshops): not a journey's, so it is never
/// published as a journey milestone.
/// </summary>
public interface IWorkshopEvent;
