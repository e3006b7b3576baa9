namespace Hubs.Insights.Features.Wording;

/// <summary>
/// The words a commissioner or the public reads for each category code the tables group by (the codes stay in
/// CSV and the feed, where machines read them). One entry per code, written out rather than derived from the
/// code, so "65-and-over" reads "65 and over" and a new code without words fails its test instead of showing.
/// </summary>
public static partial class CommissionerWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["health"] = "Health",
        ["social-care"] = "Social care",
        ["police"] = "Police",
        ["fire"] = "Fire and rescue",
        ["care-home"] = "Care home",
        ["other"] = "Other",
        ["nursing"] = "Nursing and midwifery",
        ["medical"] = "Medical and dental",
        ["allied-health"] = "Allied health",
        ["healthcare-support"] = "Healthcare support",
        ["ambulance"] = "Ambulance",
        ["social-work"] = "Social work",
        ["care-worker"] = "Care workers",
        ["police-officer"] = "Police officers",
        ["police-staff"] = "Police staff",
        ["firefighter"] = "Firefighters",
        ["fire-staff"] = "Fire and rescue staff",
        ["administrative-and-clerical"] = "Administrative and clerical",
        ["estates-and-ancillary"] = "Estates and ancillary",
        ["management"] = "Management",
        ["asian"] = "Asian or Asian British",
        ["black"] = "Black, Black British, Caribbean or African",
        ["mixed"] = "Mixed or multiple ethnic groups",
        ["white"] = "White",
        ["female"] = "Female",
        ["male"] = "Male",
        ["under-25"] = "Under 25",
        ["25-34"] = "25 to 34",
        ["35-44"] = "35 to 44",
        ["45-54"] = "45 to 54",
        ["55-64"] = "55 to 64",
        ["65-and-over"] = "65 and over",
        ["yes"] = "Disabled",
        ["no"] = "Not disabled",
        ["completed"] = "Completed the course",
        ["dropped-out"] = "Dropped out",
        ["declined"] = "Declined further support",
        ["moved-on"] = "Moved on",
        ["no-contact"] = "No contact",
        ["withdrawn"] = "Withdrew before treatment",
        ["team-session"] = "Team sessions",
        ["resilience-workshop"] = "Resilience workshops",
        ["reflective-group"] = "Reflective groups",
        ["peer-support"] = "Peer support",
        ["psychological-first-aid"] = "Psychological first aid",
        // Evaluation (issue 19): occasions and presenting themes.
        ["assessment"] = "At assessment",
        ["discharge"] = "At discharge",
        ["traumatic-event-at-work"] = "Traumatic event at work",
        ["adverse-incident"] = "Adverse or patient-safety incident",
        ["moral-injury"] = "Moral injury",
        ["bereavement"] = "Bereavement",
        ["burnout"] = "Burnout",
        ["bullying-or-harassment"] = "Bullying or harassment",
        ["racism"] = "Racism",
        ["long-covid"] = "Long COVID",
        ["relationship-or-home-stress"] = "Relationship or home stress",
        ["pcl5"] = "PTSD (PCL-5, probable PTSD)",
        ["itq"] = "PTSD or complex PTSD (ITQ)",
        ["audit-c"] = "Alcohol (AUDIT-C, positive screen)",
        ["audit"] = "Alcohol (AUDIT, increasing risk or above)",
        ["isi"] = "Insomnia (ISI, moderate or severe)",
        ["wsas"] = "Functioning (WSAS, significant impairment or worse)",
        ["colleague"] = "A colleague",
        ["manager"] = "Their manager",
        ["occupational-health"] = "Occupational health",
        ["hub-outreach"] = "A Hub talk or outreach visit",
        ["group-session"] = "A group session",
        ["gp"] = "Their GP",
        ["online"] = "Online",
        ["not-given"] = "Not given",
        // Onward referral destinations (kinds, never a service's name) and the interventions care steps from.
        ["talking-therapies"] = "NHS Talking Therapies",
        ["community-mental-health"] = "Community or secondary mental health",
        ["specialist-trauma"] = "Specialist trauma service",
        ["employee-assistance"] = "Employee assistance programme",
        ["charity-or-helpline"] = "Charity or helpline",
        ["guided-self-help"] = "Guided self-help",
        ["cbt"] = "CBT",
        ["trauma-focused-cbt"] = "Trauma-focused CBT",
        ["emdr"] = "EMDR",
        ["counselling"] = "Counselling",
        ["group"] = "Group support",
        ["intervision-group"] = "Intervision groups",
        ["clinical-cafe"] = "Clinical cafés",
        // Hub work (issue 21): consultations' advice areas, outreach kinds and partner organisation types.
        ["supporting-after-incident"] = "Supporting staff after an incident",
        ["sickness-absence"] = "Sickness absence",
        ["team-conflict"] = "Conflict in a team",
        ["return-to-work"] = "Return to work",
        ["organisational-change"] = "Organisational change",
        ["promotion-visit"] = "Promotion visits",
        ["team-briefing"] = "Team briefings",
        ["partner-talk"] = "Talks to partner organisations",
        ["hospital-trust"] = "Hospital trust",
        ["mental-health-trust"] = "Mental health trust",
        ["community-health"] = "Community health service",
        ["gp-practice"] = "GP practice",
        ["home-care"] = "Home care provider",
        ["social-care-team"] = "Social care team",
    };

    /// <summary>
    /// A row label as words: a category code's words; months, totals and Hub names are words already.
    /// </summary>
    public static string Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Words.TryGetValue(label, out var words) ? words : label;
    }
}
