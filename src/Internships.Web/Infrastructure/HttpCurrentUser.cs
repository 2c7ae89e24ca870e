using System.Globalization;
using System.Security.Claims;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Infrastructure.Identity;

namespace Internships.Web.Infrastructure;

/// <summary>The signed-in user of the current HTTP request, read from the claims their token or cookie carries.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public int? UserId => ReadInt(ClaimTypes.NameIdentifier);

    public string? UserName => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.Name) : null;

    public int? StudentId => ReadInt(AppClaimTypes.StudentId);

    public int? EmployerId => ReadInt(AppClaimTypes.EmployerId);

    public int? SupervisorId => ReadInt(AppClaimTypes.SupervisorId);

    /// <summary>Never <see cref="Roles.System"/>: that is the background jobs' identity, which no sign-in can give.</summary>
    public bool IsInRole(string role) => role != Roles.System && IsAuthenticated && Principal!.IsInRole(role);

    private int? ReadInt(string claimType) =>
        IsAuthenticated && int.TryParse(Principal!.FindFirstValue(claimType), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
