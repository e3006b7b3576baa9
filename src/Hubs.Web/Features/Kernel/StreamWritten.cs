namespace Hubs.Web.Features.Kernel;

/// <summary>A write's answer: the stream and its new version (also the ETag).</summary>
public sealed record StreamWritten(Guid Id, long Version);
