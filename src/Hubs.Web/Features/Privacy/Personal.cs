namespace Hubs.Web.Features.Privacy;

/// <summary>
/// A piece of personal data inside an event, owned by one keyworker. In memory it is plain; in the
/// store it is sealed with the owner's data key (see <see cref="PersonalJsonConverterFactory"/>), so
/// destroying that key shreds it everywhere. A shredded value reads back as <c>null</c>.
/// </summary>
public sealed record Personal<T>(Guid OwnerId, T? Value)
    where T : class
{
    public bool IsShredded => Value is null;
}

public static class Personal
{
    public static Personal<T> Of<T>(Guid ownerId, T value)
        where T : class => new(ownerId, value);

    /// <summary>Optional free text: blank becomes no value at all (nothing to seal).</summary>
    public static Personal<string>? Text(Guid ownerId, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new(ownerId, text.Trim());
}
