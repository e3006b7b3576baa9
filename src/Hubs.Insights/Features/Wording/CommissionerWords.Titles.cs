namespace Hubs.Insights.Features.Wording;

/// <summary>The title of each published table, as its caption, chart heading and CSV read it.</summary>
public static partial class CommissionerWords
{
    public static class Titles
    {
        public const string Trends = "Referrals and progress by month of referral";
        public const string ByHub = "Referrals, treatment and outcomes by Hub";
        public const string Waits = "Waits by month of referral";
        public const string OpenWaits = "Still waiting at the end of each month";
        public const string Outcomes = "Outcomes of finished courses by month of referral";
        public const string Attendance = "Attendance by month of referral";
        public const string HowJourneysEnded = "How journeys ended";
        public const string TeamSupport = "Team-based support by kind";
        public const string WeeklyReferrals = "Self-referrals per week by Hub";
        public const string ReflectiveGroups = "Reflective groups by kind";
        public const string OutOfHours = "Appointments out of hours by month of the appointment";
        public const string SessionRatings = "Ratings of team-based support by kind";
        public const string AdverseEventResponse = "Response to adverse events by quarter logged";
        public const string AdverseEventsBySector = "Adverse events by sector";
        public const string Workshops = "Resilience workshops by quarter held";
        public const string Consultations = "Consultations with managers by advice area";
        public const string Outreach = "Outreach reach by sector";
        public const string OutreachByOrganisationType = "Outreach reach by organisation type";
        public const string ReflectiveGroupsBySector = "Reflective groups by sector";
        public const string ReferralsAfterGroupWork = "Self-referrals after group or outreach work by sector";

        /// <summary>The allocation table, named by its breakdown ("Allocations and wishes met by sex").</summary>
        public static string AllocationWishes(string breakdown)
        {
            ArgumentNullException.ThrowIfNull(breakdown);
            return $"Allocations and the keyworker's wishes met by {breakdown.ToLowerInvariant()}";
        }

        /// <summary>An equity table, named by its breakdown ("Access and outcome by age band").</summary>
        public static string Equity(string breakdown)
        {
            ArgumentNullException.ThrowIfNull(breakdown);
            return $"Access and outcome by {breakdown.ToLowerInvariant()}";
        }
    }
}
