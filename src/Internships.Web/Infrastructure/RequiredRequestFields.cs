using System.Text.Json.Serialization.Metadata;

namespace Internships.Web.Infrastructure;

/// <summary>
/// A field of a request that has no default is required: a body that leaves it out is a 400 naming it
/// ("'sector' is required"), never the type's default taken silently (an enum's first member, 0, false, null where
/// null is not allowed). The general cause of PUTs that reset what a client left out: a positional request record's
/// constructor parameter of a non-nullable type, which System.Text.Json fills with default(T) when the field is absent.
/// Parameters with a default value, and nullable ones, stay optional.
/// </summary>
internal static class RequiredRequestFields
{
    public static void Require(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false } parameter && !IsOptional(parameter))
            {
                property.IsRequired = true;
            }
        }
    }

    private static bool IsOptional(JsonParameterInfo parameter) =>
        parameter.ParameterType.IsValueType ? Nullable.GetUnderlyingType(parameter.ParameterType) is not null : parameter.IsNullable;
}
