namespace Hubs.Web.Features.Shared;

/// <summary>One answer a person can pick: the value posted and the words shown.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null);

/// <summary>
/// What a form-field partial needs. <paramref name="Name"/> is the posted name, the element id and the
/// ModelState key, so the error summary can link straight to the field.
/// </summary>
public sealed record TextField(
    string Name,
    string Label,
    string? Value,
    string? Hint = null,
    string Type = "text",
    string? Autocomplete = null,
    string? WidthClass = null,
    bool Multiline = false,
    string? InputMode = null
);

/// <summary>
/// A set of radios (one answer) or checkboxes (any number), in a fieldset whose legend asks the question.
/// </summary>
public sealed record ChoiceField(
    string Name,
    string Legend,
    IReadOnlyList<Choice> Choices,
    IReadOnlyCollection<string> Selected,
    string? Hint = null,
    bool Multiple = false,
    bool LegendIsHeading = false,
    bool Inline = false
);

/// <summary>A drop-down list, for long lists where radios would fill several screens.</summary>
public sealed record SelectField(
    string Name,
    string Label,
    IReadOnlyList<Choice> Choices,
    string? Selected,
    string? Hint = null
);

/// <summary>
/// The NHS.UK date input: day, month and year boxes (posted as <c>{Name}Day</c>, <c>{Name}Month</c>,
/// <c>{Name}Year</c>) in a fieldset; errors are kept under <paramref name="Name"/> and link to the day box.
/// </summary>
public sealed record DateField(
    string Name,
    string Legend,
    string? Day,
    string? Month,
    string? Year,
    string? Hint = null
);
