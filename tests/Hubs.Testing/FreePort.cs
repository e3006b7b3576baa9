using System.Net;
using System.Net.Sockets;

namespace Hubs.Testing;

/// <summary>
/// A TCP port on 127.0.0.1 for a server a test starts later, from 10000-19999 and never twice in one process. Not
/// from the kernel's ephemeral range (a listener on port 0): the kernel hands those ports to outgoing connections (a
/// host's database pool), which can take one between this pick and the server's bind. The ops scripts pick from
/// 20000 up (ops/lib/common.sh, free_port), so a fixture and a script never pick the same port. Never a port Chromium
/// refuses to load pages from (net::ERR_UNSAFE_PORT): the browser tests would fail on that one host.
/// </summary>
public static class FreePort
{
    private const int From = 10000;
    private const int Count = 10000;
    private static readonly HashSet<int> Given = [];

    /// <summary>Chromium's restricted ports in the range (its port_util list; 10080 is Amanda's).</summary>
    private static readonly int[] BrowsersRefuse = [10080];

    /// <summary>Whether a port of the range may be handed out: not one a browser test could not load.</summary>
    public static bool Usable(int port) => port is >= From and < From + Count && !BrowsersRefuse.Contains(port);

    public static int Next()
    {
        lock (Given)
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var port = From + Random.Shared.Next(Count);
                if (Usable(port) && !Given.Contains(port) && IsFree(port))
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
