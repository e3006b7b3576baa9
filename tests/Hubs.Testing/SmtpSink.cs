using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hubs.Testing;

/// <summary>
/// A real SMTP server on a loopback port (plain SMTP, <c>Email:SmtpSecurity=None</c>) that keeps what it receives.
/// <paramref name="delay"/> is waited before every reply, to stand for a slow or distant relay.
/// </summary>
public sealed class SmtpSink(TimeSpan delay) : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private Task? accepting;

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Each message's DATA as received (headers and body).</summary>
    public ConcurrentQueue<string> Messages { get; } = new();

    public SmtpSink Start()
    {
        listener.Start();
        accepting = AcceptAsync();
        return this;
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await ReplyAsync(writer, "220 sink ready");
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb == "DATA")
                {
                    await ReplyAsync(writer, "354 end with a dot");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.AppendLine(dataLine);
                    }

                    Messages.Enqueue(data.ToString());
                }

                await ReplyAsync(
                    writer,
                    verb switch
                    {
                        "EHLO" or "HELO" => "250 sink",
                        "QUIT" => "221 bye",
                        _ => "250 ok",
                    }
                );
                if (verb == "QUIT")
                {
                    return;
                }
            }
        }
        catch (Exception exception)
            when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the sink is stopping.
        }
    }

    private async Task ReplyAsync(StreamWriter writer, string reply)
    {
        await Task.Delay(delay, stop.Token);
        await writer.WriteLineAsync(reply);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        if (accepting is not null)
        {
            await accepting;
        }

        stop.Dispose();
    }
}
