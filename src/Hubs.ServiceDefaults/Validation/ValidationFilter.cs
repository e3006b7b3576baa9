using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.Validation;

/// <summary>
/// Runs the FluentValidation validator for <typeparamref name="T"/> before a minimal-API handler and
/// answers 400 problem details naming each bad field (camelCase, as in the JSON body). Control characters
/// and all-zeros ids are refused in every command first (<see cref="InputHygiene"/>).
/// </summary>
public sealed class ValidationFilter<T> : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
        {
            return TypedResults.Problem(
                title: "The request body is missing.",
                statusCode: StatusCodes.Status400BadRequest
            );
        }

        var hygiene = InputHygiene.Check(argument);
        if (hygiene.Count > 0)
        {
            return TypedResults.ValidationProblem(
                hygiene.ToDictionary(e => JsonFieldName(e.Key), e => new[] { e.Value }),
                title: "Some answers need changing."
            );
        }

        var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }

        var errors = result
            .Errors.GroupBy(e => JsonFieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return TypedResults.ValidationProblem(errors, title: "Some answers need changing.");
    }

    private static string JsonFieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
