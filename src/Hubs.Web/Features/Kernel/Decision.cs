namespace Hubs.Web.Features.Kernel;

/// <summary>Why a command was refused, in words a clinician can act on.</summary>
public sealed record Refusal(string Code, string Detail);

/// <summary>The outcome of a pure decision: the events to append, or a refusal (never both).</summary>
public sealed record Decision(IReadOnlyList<object> Events, Refusal? Refusal)
{
    public bool IsRefused => Refusal is not null;

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Refuse(string code, string detail) => new([], new Refusal(code, detail));
}
