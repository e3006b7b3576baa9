using System.Net;
using System.Net.Sockets;

namespace Hubs.Testing;

/// <summary>
/// A TCP port on 127.0.0.1 for a server a test starts later, from 10000-19999 and never twice in one process. Not
/// from the kernel's ephemeral range (a listener on port 0): the kernel hands those ports to outgoing connections (a
/// host's database pool), which can take one between this pick and the server's bind. The ops scripts pick from
/// 20000 up (ops/lib/common.sh, free_port), so a fixture and a script never pick the same port.
/// </summary>
public static class FreePort
{
    private const int From = 10000;
    private const int Count = 10000;
    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        lock (Given)
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var port = From + Random.Shared.Next(Count);
                if (!Given.Contains(port) && IsFree(port))
                {
                    Given.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No free port between {From} and {From + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
