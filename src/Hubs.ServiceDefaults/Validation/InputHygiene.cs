using System.Collections;
using System.Reflection;

namespace Hubs.ServiceDefaults.Validation;

/// <summary>
/// Checks a whole command before its validator: no control characters in any text (tab, line feed and
/// carriage return aside: free text has lines) and no all-zeros id, however deep. PostgreSQL refuses a NUL
/// in text and JSON, so such input would otherwise fail inside a write as a 500. Keys are property paths
/// (<c>Team</c>, <c>Answers.phq9.1</c>); the value is the message for the person who typed it.
/// </summary>
public static class InputHygiene
{
    private const int MaxDepth = 8;

    public static IReadOnlyDictionary<string, string> Check(object? command)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(command, "", errors, 0);
        return errors;
    }

    public static bool HasControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
    }

    private static void Walk(object? value, string path, Dictionary<string, string> errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (HasControlCharacters(text))
                {
                    errors.TryAdd(path, "Remove the control characters (such as NUL) from this text.");
                }

                return;
            case Guid id:
                if (id == Guid.Empty)
                {
                    errors.TryAdd(path, "This is not a valid id.");
                }

                return;
            case IDictionary entries:
                foreach (DictionaryEntry entry in entries)
                {
                    Walk(entry.Key, path, errors, depth + 1);
                    Walk(entry.Value, $"{path}.{entry.Key}", errors, depth + 1);
                }

                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, path, errors, depth + 1);
                }

                return;
        }

        var type = value.GetType();
        var framework = type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true;
        if (depth > MaxDepth || type.IsPrimitive || type.IsEnum || framework)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.CanRead && property.GetIndexParameters().Length == 0)
            {
                var at = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                Walk(property.GetValue(value), at, errors, depth + 1);
            }
        }
    }
}
