using Hangfire.Dashboard;
using Internships.Application.Common.Security;

namespace Internships.Infrastructure.Jobs;

/// <summary>
/// The job dashboard at /jobs is for coordinators and administrators: whoever the request's authentication (bearer
/// token or sign-in cookie) says is signed in, in one of those roles. Hangfire answers 401 to anyone not signed in
/// and 403 to other roles.
/// </summary>
public sealed class JobsDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && (user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin));
    }

    /// <summary>Coordinators see the jobs; only administrators may act on them.</summary>
    public static bool IsReadOnly(DashboardContext context) => !context.GetHttpContext().User.IsInRole(Roles.Admin);
}
