namespace Hubs.Web.Features.Codes;

public enum AppointmentState
{
    Booked,
    Attended,
    NotAttended,
    CancelledByClient,
    CancelledByHub,
}

public enum AppointmentChangeKind
{
    Reschedule,
    Cancel,
}

public enum AppointmentPurpose
{
    Assessment,
    Treatment,
}

public enum ContactMode
{
    InPerson,
    Phone,
    Video,
}
