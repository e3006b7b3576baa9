using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Validation;

public static class ValidationExtensions
{
    /// <summary>Validates the <typeparamref name="T"/> body and documents the 400 response.</summary>
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
