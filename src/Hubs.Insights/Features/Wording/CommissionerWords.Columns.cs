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

        // Hub work (issue 21): adverse events.
        public const string EventsLogged = "Events logged";
        public const string FiveOrMoreStaff = "Involving 5 or more staff";
        public const string FirstContacts = "First contacts made";
        public const string Under24Hours = "First contact under 24 hours";
        public const string From24To72Hours = "First contact in 24 to 72 hours";
        public const string Over72Hours = "First contact after 72 hours";
        public const string WithinTarget = "First contact within the Hub's target";
        public const string CheckIns = "Check-ins done";
        public const string HandOvers = "Hand-overs into self-referral offered";

        // Hub work (issue 21): workshops, consultations, outreach, referrals after group work.
        public const string WorkshopsHeld = "Workshops held";
        public const string PlacesBooked = "Places booked";
        public const string Attended = "Attended";
        public const string CoachingCalls = "Coaching calls held";
        public const string MeasurePaired = "Measured before and after";
        public const string BandBetter = "Band better after";
        public const string BandWorse = "Band worse after";
        public const string Consultations = "Consultations";
        public const string AboutTeam = "About a whole team";
        public const string TeamSessionFollowed = "Followed by a team session";
        public const string OutreachContacts = "Contacts";
        public const string PeopleReached = "People who attended";
        public const string AfterOutreach = "Heard through a Hub talk or outreach visit";
        public const string AfterGroup = "Heard through a group session";
        public const string AfterGroupWorkShare = "Share after group or outreach work";
    }
}
