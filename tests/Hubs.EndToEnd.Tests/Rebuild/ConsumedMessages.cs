using System.Collections.Concurrent;
using MassTransit;

namespace Hubs.EndToEnd.Tests.Rebuild;

/// <summary>
/// The ids of the messages a host's consumers have finished with (applied or recognised as applied), from MassTransit's
/// own consume observer: what a test waits for when a consumed message leaves no mark.
/// </summary>
internal sealed class ConsumedMessages : IConsumeObserver, IDisposable
{
    private readonly ConnectHandle _handle;
    private readonly ConcurrentDictionary<Guid, bool> _ids = new();

    public ConsumedMessages(IBus bus) => _handle = bus.ConnectConsumeObserver(this);

    public int Count => _ids.Count;

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        _ids.TryAdd(context.MessageId ?? Guid.Empty, true);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public void Dispose() => _handle.Disconnect();
}
