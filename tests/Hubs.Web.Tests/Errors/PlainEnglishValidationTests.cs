using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentValidation;

namespace Hubs.Web.Tests.Errors;

/// <summary>
/// Every message a command validator can give is our own plain English, never FluentValidation's default
/// (<c>'Gad7 Total' must not be empty.</c>), probed with empty commands and with out-of-range numbers.
/// </summary>
public sealed partial class PlainEnglishValidationTests
{
    public static TheoryData<Type> Validators()
    {
        var data = new TheoryData<Type>();
        foreach (
            var type in typeof(WebEntryPoint)
                .Assembly.GetTypes()
                .Where(t =>
                    !t.IsAbstract
                    && t.BaseType is { IsGenericType: true } b
                    && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>)
                )
                .Where(t => t.GetConstructor(Type.EmptyTypes) is not null)
        )
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Validators))]
    public void Messages_are_plain_English_for_empty_and_out_of_range_commands(Type validatorType)
    {
        var validator = (IValidator)Activator.CreateInstance(validatorType)!;
        var commandType = validatorType.BaseType!.GetGenericArguments()[0];
        var messages = new List<string>();
        foreach (var fill in new Func<Type, object?>[] { _ => null, Negative })
        {
            var command = RuntimeHelpers.GetUninitializedObject(commandType);
            foreach (
                var field in commandType.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            )
            {
                field.SetValue(
                    command,
                    fill(field.FieldType)
                        ?? (field.FieldType.IsValueType ? Activator.CreateInstance(field.FieldType) : null)
                );
            }

            var context = Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(commandType), command)!;
            messages.AddRange(validator.Validate((IValidationContext)context).Errors.Select(e => e.ErrorMessage));
        }

        Assert.All(messages, message => Assert.DoesNotMatch(DefaultMessage(), message));
    }

    private static object? Negative(Type type) =>
        type == typeof(int) || type == typeof(int?) ? -1
        : type == typeof(decimal) || type == typeof(decimal?) ? -1m
        : null;

    /// <summary>FluentValidation's own messages quote the property's display name.</summary>
    [GeneratedRegex("'[A-Z][A-Za-z0-9 ]*'|must not be empty|must be between|must not exceed")]
    private static partial Regex DefaultMessage();
}
