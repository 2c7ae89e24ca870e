using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Internships.Web.Infrastructure;

/// <summary>
/// A list in a request whose items may not be null refuses a null item at the door: a 400 naming the field
/// ("safetyChecks[1]"), not a NullReferenceException in a validator or handler that trusted the declared type (found by
/// the API fuzz test: <c>PUT /api/employers/{id}/worksite</c> with <c>"safetyChecks": [null]</c> answered 500). Lists
/// declared with nullable items (<c>string?[]</c>) keep accepting nulls.
/// </summary>
internal static class NoNullListItems
{
    public static void Refuse(JsonTypeInfo typeInfo)
    {
        var nullability = new NullabilityInfoContext();
        var lists = typeInfo.Kind == JsonTypeInfoKind.Object
            ? typeInfo.Properties.Where(p => p.CustomConverter is null && ItemsMayNotBeNull(p, nullability))
            : [];
        foreach (var list in lists)
        {
            list.CustomConverter = (JsonConverter)Activator.CreateInstance(typeof(NoNullItemsConverter<>).MakeGenericType(list.PropertyType))!;
        }
    }

    private static bool ItemsMayNotBeNull(JsonPropertyInfo property, NullabilityInfoContext context)
    {
        if (property.PropertyType == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
        {
            return false;
        }

        var info = property.AssociatedParameter?.AttributeProvider switch
        {
            ParameterInfo parameter => context.Create(parameter),
            _ => property.AttributeProvider switch
            {
                PropertyInfo member => context.Create(member),
                FieldInfo field => context.Create(field),
                _ => null,
            },
        };
        var item = info?.ElementType ?? (info?.GenericTypeArguments is [var only] ? only : null);
        return item is not null && !item.Type.IsValueType && item.ReadState == NullabilityState.NotNull;
    }

    private sealed class NoNullItemsConverter<TList> : JsonConverter<TList>
        where TList : IEnumerable
    {
        public override TList? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var list = JsonSerializer.Deserialize<TList>(ref reader, options);
            if (list is not null && list.Cast<object?>().Any(item => item is null))
            {
                throw new JsonException("A list holds an empty (null) item.");
            }

            return list;
        }

        public override void Write(Utf8JsonWriter writer, TList value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, options);
    }
}
