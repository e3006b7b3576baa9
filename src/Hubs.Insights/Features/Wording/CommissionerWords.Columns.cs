namespace Hubs.Insights.Features.Wording;

/// <summary>
/// The column titles of the published tables (the columns' keys stay in CSV and the feed, where machines read them).
/// </summary>
public static partial class CommissionerWords
{
    public static class Columns
    {
        public const string Referrals = "Referrals";
        public const string Screened = "Screened";
        public const string EnteredTreatment = "Entered treatment";
        public const string FinishedCourse = "Finished a course";
        public const string FinishedWithoutPairs = "Finished, no paired scores";
        public const string Caseness = "At caseness at the start";
        public const string Recovery = "Recovery rate";
        public const string ReliableImprovement = "Reliable improvement rate";
        public const string ReliableDeterioration = "Reliable deterioration rate";
        public const string ReliableRecovery = "Reliable recovery rate";
        public const string DidNotAttend = "Did-not-attend rate (appointments)";
        public const string DropOut = "Drop-out rate";
        public const string FirstTreatmentMedian = "Median days to first treatment";
        public const string JourneysEnded = "Journeys ended";
        public const string ActivitiesHeld = "Activities held";
        public const string Attendances = "Attendances";
        public const string MeetingsHeld = "Meetings held";
        public const string MeetingsCancelled = "Meetings cancelled";
        public const string Ratings = "Ratings";
        public const string FoundUseful = "Found it useful";
        public const string FeltSafe = "Felt safe";

        // Team sessions' one-minute ratings (issue 19).
        public const string ActivitiesRated = "Activities rated";
        public const string FoundValuable = "Found it valuable";
        public const string FeltSafeToSpeak = "Felt safe to speak";

        // Allocation and out-of-hours appointments (issue 20).
        public const string Allocations = "Allocations";
        public const string WishesStated = "Clinician characteristics asked for";
        public const string WishesMet = "All met";
        public const string WishesPartlyMet = "Some met";
        public const string WishesNotMet = "None met";
        public const string WishesMetShare = "Share with all met";
        public const string AppointmentsBooked = "Appointments booked";
        public const string OutOfHours = "Out of hours";
        public const string OutOfHoursShare = "Share out of hours";
        public const string OutOfHoursAttended = "Attended, out of hours";
        public const string InHoursAttended = "Attended, in hours";

        public static string WaitedFor(string what) => $"Waited for {what}";

        public static string MedianDaysTo(string what) => $"Median days to {what}";

        public static string ToWithin(string what, int days) => $"To {what} within {days} days";

        public static string WaitingFor(string stage) => $"Waiting for {stage}";

        public static string MedianWeeksWaitedFor(string stage) => $"Median weeks waited for {stage}";

        public static string WaitedWeeksFor(int weeks, string stage) => $"Waited {weeks} weeks or more for {stage}";
    }
}
