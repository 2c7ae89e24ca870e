namespace Internships.Application.Common.Security;

/// <summary>
/// The roles that may send a request (any one of them). Every request needs a signed-in user unless it is
/// marked <see cref="AllowAnonymousAttribute"/>; a request without this attribute is open to every role of an account.
/// Background jobs may send only the requests that name <see cref="Security.Roles.System"/> here.
/// Which records the caller may touch is decided by the request's <see cref="IResourceAuthorizer{TRequest}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>A request anyone may send without signing in (public verification pages, for instance).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousAttribute : Attribute;
