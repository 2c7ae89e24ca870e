using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.Application.Common.Behaviors;

/// <summary>
/// Checks who may send the request before anything else runs: signed in (401), in one of its roles (403),
/// and allowed on the records it names by its resource authorizers (403, or 404 when the record must stay hidden).
/// The system identity of background jobs sends only the requests that name <see cref="Roles.System"/>; nobody
/// else can be in that role (docs/adr/0007), so a request for jobs only is refused to every person, admins too.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser currentUser, IServiceProvider services)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly bool AllowsAnonymous = typeof(TMessage).GetCustomAttribute<AllowAnonymousAttribute>() is not null;
    private static readonly IReadOnlyList<string> RequiredRoles = typeof(TMessage).GetCustomAttribute<AuthorizeAttribute>()?.Roles ?? [];
    private static readonly bool AllowsSystem = RequiredRoles.Contains(Roles.System);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!AllowsAnonymous)
        {
            if (!currentUser.IsAuthenticated)
            {
                throw new UnauthorizedAccessException("Sign in to do this.");
            }

            if (!MaySend())
            {
                throw new ForbiddenAccessException();
            }
        }

        foreach (var authorizer in services.GetServices<IResourceAuthorizer<TMessage>>())
        {
            switch (await authorizer.AuthorizeAsync(message, cancellationToken))
            {
                case AccessDecision.Forbid:
                    throw new ForbiddenAccessException();
                case AccessDecision.NotFound:
                    throw new NotFoundException("The record you asked for was not found.");
            }
        }

        return await next(message, cancellationToken);
    }

    /// <summary>
    /// Only the job runner's <see cref="SystemUser"/> is the system identity: any other user is judged by the account
    /// roles alone, whatever role their claims might name.
    /// </summary>
    private bool MaySend() => currentUser is SystemUser
        ? AllowsSystem
        : RequiredRoles.Count == 0 || RequiredRoles.Any(role => role != Roles.System && currentUser.IsInRole(role));
}
