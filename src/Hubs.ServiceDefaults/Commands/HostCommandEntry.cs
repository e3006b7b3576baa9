namespace Hubs.ServiceDefaults.Commands;

/// <summary>A registered command as the dispatcher lists it; the type is made only when it runs.</summary>
public sealed record HostCommandEntry(string Name, string Help, Type Type);
