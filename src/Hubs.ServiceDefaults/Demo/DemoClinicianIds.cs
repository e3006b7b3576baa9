using System.Security.Cryptography;
using System.Text;

namespace Hubs.ServiceDefaults.Demo;

/// <summary>
/// The ids of the synthetic clinician directory (Hubs.Web) and of the demo staff accounts (Hubs.Identity)
/// agree, so a demo clinician who signs in is "Alex Morgan" in the directory, sees the cases allocated to
/// that name, and the lead's allocation suggestions name real sign-ins. Derived from the Hub and position.
/// </summary>
public static class DemoClinicianIds
{
    public static Guid For(string hubId, int index) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"hubs-clinician:{hubId}:{index}"))[..16]);
}
