using Internships.Application.Common.Security;
using Internships.Application.Features.Contacts;

namespace Internships.Web.Pages.Shared.Components.PlacementVisits;

/// <summary>A placement's site visits and contacts, for coordinators, on the placement's page (one line there includes it).</summary>
public sealed class PlacementVisitsViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int placementId)
    {
        if (!UserClaimsPrincipal.IsInRole(Roles.Coordinator))
        {
            return Content("");
        }

        var contacts = await sender.Send(new ListContactsQuery(PlacementId: placementId, PageSize: 50), HttpContext.RequestAborted);
        return View((placementId, contacts));
    }
}
