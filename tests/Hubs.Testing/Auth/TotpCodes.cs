using System.Collections.Concurrent;
using OtpNet;

namespace Hubs.Testing.Auth;

/// <summary>
/// The authenticator app of the test process. Identity accepts each 30-second code once, as a real app
/// shows a new code every 30 seconds; a test that signs one account in again gets the next code, up to
/// <see cref="Ahead"/> steps ahead (the server's tolerance for clock drift,
/// src/Hubs.Identity/Accounts/OneTimeTotpTokenProvider.cs), or waits for one: a class that signs one account in
/// several times waits 30 s less per burst than with one step ahead.
/// </summary>
public static class TotpCodes
{
    private const long Ahead = 2;
    private static readonly ConcurrentDictionary<string, long> LastStep = new();

    public static string Fresh(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var last = LastStep.GetOrAdd(secret, long.MinValue);
            var step = Math.Max(now, last + 1);
            if (step <= now + Ahead && LastStep.TryUpdate(secret, step, last))
            {
                return new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(
                    DateTimeOffset.FromUnixTimeSeconds(step * 30).UtcDateTime
                );
            }

            if (step > now + Ahead)
            {
                Thread.Sleep(TimeSpan.FromSeconds(((now + 1) * 30) - DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1));
            }
        }
    }
}
