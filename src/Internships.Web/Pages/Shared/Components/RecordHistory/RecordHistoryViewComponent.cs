using Internships.Application.Common.Security;
using Internships.Application.Features.Audit;

namespace Internships.Web.Pages.Shared.Components.RecordHistory;

/// <summary>
/// A record's history from the audit trail (changes with old and new values, and for a student who viewed the record),
/// for coordinators and administrators, on the record's page (one line there includes it).
/// </summary>
public sealed class RecordHistoryViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string entityType, int entityId)
    {
        if (!UserClaimsPrincipal.IsInRole(Roles.Coordinator) && !UserClaimsPrincipal.IsInRole(Roles.Admin))
        {
            return Content("");
        }

        var history = await sender.Send(new GetRecordHistoryQuery(entityType, entityId.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, 20),
            HttpContext.RequestAborted);
        return View((entityType, entityId, history));
    }
}
