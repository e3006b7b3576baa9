namespace Hubs.Web.Features.Kernel;

/// <summary>
/// A page of the clinician workspace, whatever it derives from (a journey page, a stream page): it wears the
/// workspace's header and navigation (<c>Features/_ViewStart.cshtml</c>).
/// </summary>
public interface IClinicWorkspacePage;
