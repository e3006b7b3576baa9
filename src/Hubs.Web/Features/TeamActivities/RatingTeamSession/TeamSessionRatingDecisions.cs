using System.Security.Cryptography;

namespace Hubs.Web.Features.TeamActivities.RatingTeamSession;

/// <summary>
/// The rating of a held team session: opened once by the Hub, then answered anonymously through its code, at most
/// once per person counted as attending (the head count caps a shared code passed round or replayed).
/// </summary>
public static class TeamSessionRatingDecisions
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static Decision Open(TeamActivity activity, DateTimeOffset now, string code)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Status != TeamActivityStatus.Held)
        {
            return Decision.Refuse("not-held", "Record the attendance first: ratings are opened for held sessions.");
        }

        return activity.RatingCode is not null
            ? Decision.Refuse("already-open", "The rating for this session is already open.")
            : Decision.Accept(new TeamSessionRatingOpened(activity.Id, now, code));
    }

    public static Decision Rate(TeamActivity activity, SessionValue value, FeltSafe safe, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.RatingCode is null || activity.Status != TeamActivityStatus.Held)
        {
            return Decision.Refuse("not-open", "This rating is not open.");
        }

        return activity.Ratings >= (activity.AttendanceCount ?? 0)
            ? Decision.Refuse("rating-full", "Everyone who attended has already answered. Thank you.")
            : Decision.Accept(new TeamSessionRated(activity.Id, now, value, safe));
    }

    /// <summary>A new code: 12 characters from 31 (about 59 bits), without look-alike letters and digits.</summary>
    public static string NewCode() => string.Create(12, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}
