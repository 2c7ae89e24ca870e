namespace Internships.Web.Endpoints;

internal static class Created
{
    /// <summary>201 with the new resource's address, {collection}/{id}.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.Created<T> At<T>(string collection, T resource, Func<T, int> id) =>
        TypedResults.Created($"{collection}/{id(resource)}", resource);
}
