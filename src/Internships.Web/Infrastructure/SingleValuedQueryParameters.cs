using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;
using FluentValidation.Results;

namespace Internships.Web.Infrastructure;

/// <summary>
/// A query parameter that takes one value, sent more than once (?status=Open&amp;status=Closed), is a 400 naming it. Left
/// to the framework, the values would be joined with a comma and read as one: an enum as the two flags together, a
/// text filter as a string nobody typed. Which parameters take one value is read, once per endpoint, from its handler's
/// parameters (and the properties of an [AsParameters] query): any that is not a list, a route value or a body.
/// </summary>
public sealed class SingleValuedQueryParameters(RequestDelegate next)
{
    private static readonly ConcurrentDictionary<RouteEndpoint, string[]> Names = new();

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.QueryString.HasValue && context.GetEndpoint() is RouteEndpoint endpoint)
        {
            var repeated = Names.GetOrAdd(endpoint, SingleValued)
                .Where(name => context.Request.Query.TryGetValue(name, out var values) && values.Count > 1)
                .ToList();
            if (repeated.Count > 0)
            {
                throw new ValidationException(repeated.Select(name => new ValidationFailure(name,
                    $"'{ProblemDetailsExceptionHandler.FieldName(name)}' takes one value; send it once.")));
            }
        }

        return next(context);
    }

    private static string[] SingleValued(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } handler)
        {
            return [];
        }

        return handler.GetParameters()
            .SelectMany(p => p.GetCustomAttribute<AsParametersAttribute>() is null
                ? [(Name: p.Name!, Type: p.ParameterType, Attributes: (ICustomAttributeProvider)p)]
                : p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(property => property.CanWrite)
                    .Select(property => (Name: property.Name, Type: property.PropertyType, Attributes: (ICustomAttributeProvider)property)))
            .Where(p => endpoint.RoutePattern.GetParameter(p.Name) is null && IsSingleValue(p.Type) && !IsBoundElsewhere(p.Attributes))
            .Select(p => p.Attributes.GetCustomAttributes(typeof(FromQueryAttribute), false) is [FromQueryAttribute { Name: { } name }, ..] ? name : p.Name)
            .ToArray();
    }

    /// <summary>A type the framework reads from one query string value: text, a number, a date, an enum, an id.</summary>
    private static bool IsSingleValue(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t.IsPrimitive || t.IsEnum || t == typeof(decimal) || t == typeof(Guid)
            || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly);
    }

    private static bool IsBoundElsewhere(ICustomAttributeProvider attributes) =>
        attributes.GetCustomAttributes(true).Any(a => a is FromRouteAttribute or FromHeaderAttribute or FromBodyAttribute or FromServicesAttribute or FromFormAttribute);
}
