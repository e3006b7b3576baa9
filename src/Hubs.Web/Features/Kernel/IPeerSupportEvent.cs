namespace Hubs.Web.Features.Kernel;

/// <summary>
/// Marks an event of a peer-support stream (an adverse event's response, or a peer supporter's register entry):
/// not a journey's, so it is never published as a journey milestone and never names a person who was involved.
/// </summary>
public interface IPeerSupportEvent;
