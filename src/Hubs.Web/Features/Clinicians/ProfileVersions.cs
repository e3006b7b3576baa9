using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.Clinicians;

/// <summary>
/// A profile's version (<see cref="ClinicianProfile.Version"/>, one more with each change) guards against lost
/// updates like a journey's: the API reads it as the ETag and wants it back in If-Match (428 without, 409 when
/// someone changed the profile since); the pages carry it in the form and show the stale message instead.
/// </summary>
public static class ProfileVersions
{
    public const string Stale =
        "Someone else changed this profile after you opened it. Check what it says now, then save your changes again.";

    /// <summary>The problem to answer a write with, or null when it names the profile's current version.</summary>
    public static IResult? Check(HttpRequest request, ClinicianProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!ETags.TryReadIfMatch(request, out var version))
        {
            return TypedResults.Problem(
                title: "Send the profile version you are changing.",
                detail: "Set the If-Match header to the ETag from reading the profile, for example If-Match: \"3\".",
                statusCode: StatusCodes.Status428PreconditionRequired
            );
        }

        return version == profile.Version
            ? null
            : TypedResults.Problem(
                title: "The profile has changed since you loaded it.",
                detail: Stale,
                statusCode: StatusCodes.Status409Conflict,
                type: "https://hubs.invalid/problems/stale-version"
            );
    }

    /// <summary>
    /// The answer to a read or a write: the profile as the Hub sees it, with its version as the ETag.
    /// </summary>
    public static IResult Answer(HttpContext http, ClinicianProfile profile, string hubId)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(profile);
        http.Response.Headers.ETag = ETags.Of(profile.Version);
        return TypedResults.Ok(ProfileView.Of(profile, hubId));
    }
}
