namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// One endpoint of the matrix: its route as mapped, how to call it on the matrix journey, and the
/// expected access per caller, one letter each in <see cref="Caller"/> order (A, U, F or H).
/// </summary>
public sealed record MatrixEntry(
    string Method,
    string Route,
    Func<MatrixJourney, string> Path,
    Func<MatrixJourney, object?> Body,
    string Expected
)
{
    public string Key => $"{Method} {Route}";

    public Access ExpectedFor(Caller caller) => AccessCodes.Parse(Expected[(int)caller]);
}

/// <summary>
/// The records the matrix acts on, all in Hub north; the appointment is the allocated clinician's, the service one of
/// the Hub's directory.
/// </summary>
public sealed record MatrixJourney(
    Guid Id,
    Guid ClinicianId,
    Guid TeamActivityId,
    Guid AppointmentId,
    Guid ServiceId = default
);
