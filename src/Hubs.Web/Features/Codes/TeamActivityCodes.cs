namespace Hubs.Web.Features.Codes;

public enum TeamActivityKind
{
    TeamSession,
    ResilienceWorkshop,
    ReflectiveGroup,
    PeerSupport,
    PsychologicalFirstAid,
}

/// <summary>How valuable an attendee found a team session, from 0 "not at all" to 4 "very".</summary>
public enum SessionValue
{
    NotAtAll,
    ALittle,
    Somewhat,
    Quite,
    Very,
}

/// <summary>Whether an attendee felt safe to speak in the session.</summary>
public enum FeltSafe
{
    Yes,
    Partly,
    No,
}

public enum PlaceState
{
    Booked,
    Cancelled,
    Attended,
    NotAttended,
}
