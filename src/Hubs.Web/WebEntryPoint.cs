namespace Hubs.Web;

/// <summary>A public type in the Web host's assembly, for test hosts (WebApplicationFactory).</summary>
public sealed class WebEntryPoint;
