namespace Hubs.Web.Features.Accounts;

/// <summary>
/// The client-credentials access token for calling Hubs.Identity, kept until a minute before it expires.
/// Per replica and disposable: a replica without one simply asks for a new one.
/// </summary>
public sealed class ServiceTokenCache(TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? current;

    public async Task<string> GetAsync(
        Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> obtain,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(obtain);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } held && held.RenewAt > clock.GetUtcNow())
            {
                return held.Token;
            }

            var (token, lifetime) = await obtain(cancellationToken);
            current = (token, clock.GetUtcNow() + lifetime - TimeSpan.FromMinutes(1));
            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Forget() => current = null;

    public void Dispose() => gate.Dispose();
}
