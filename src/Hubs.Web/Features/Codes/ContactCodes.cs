namespace Hubs.Web.Features.Codes;

/// <summary>
/// Ways the Hub may reach the keyworker. Phone means a person calling; text and email can be automatic.
/// </summary>
public enum ContactChannel
{
    Phone,
    Text,
    Email,
}

/// <summary>What came of trying to reach the keyworker. Only <see cref="Reached"/> counts as contact.</summary>
public enum ContactOutcome
{
    Reached,
    NoAnswer,
    MessageLeft,
    WrongNumber,
}
