using System.Text;
using RabbitMQ.Client;

namespace Hubs.EndToEnd.Tests;

/// <summary>
/// A queue of our own bound to a contract's exchange, so a test can read every message exactly as
/// it crossed the broker (the raw JSON envelope, headers included).
/// </summary>
public sealed class ContractTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private ContractTap(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<ContractTap> OpenAsync(Uri vhost, Type contract)
    {
        var connection = await new ConnectionFactory { Uri = vhost }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = $"{contract.Namespace}:{contract.Name}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var queue = await channel.QueueDeclareAsync(exclusive: true);
        await channel.QueueBindAsync(queue.QueueName, exchange, string.Empty);
        return new ContractTap(connection, channel, queue.QueueName);
    }

    /// <summary>Every message waiting in the tap, as text (body plus headers).</summary>
    public async Task<List<string>> DrainAsync()
    {
        var messages = new List<string>();
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } delivery)
        {
            var headers = string.Join(
                ';',
                (delivery.BasicProperties.Headers ?? new Dictionary<string, object?>()).Select(h =>
                    $"{h.Key}={(h.Value is byte[] b ? Encoding.UTF8.GetString(b) : h.Value)}"
                )
            );
            messages.Add(Encoding.UTF8.GetString(delivery.Body.Span) + "\n" + headers);
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
