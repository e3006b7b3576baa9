using System.Collections.Concurrent;

namespace Hubs.Identity.Tests.Staff;

/// <summary>
/// One signed-in admin per Hub for a test class. Identity takes each 30-second TOTP code once, so a class that signed
/// its admin in afresh for every test waited for new codes (over a minute in AdminTests); the tests are about what
/// an admin does, and signing in with MFA has its own tests (StaffMfaTests, TotpTests).
/// </summary>
public sealed class SignedInAdmins
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> admins = new();

    public Task<HttpClient> GetAsync(string hub, Func<string, Task<HttpClient>> signIn) =>
        admins.GetOrAdd(hub, key => new Lazy<Task<HttpClient>>(() => signIn(key))).Value;
}
