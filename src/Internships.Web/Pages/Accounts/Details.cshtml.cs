using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Application.Features.Users;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Accounts;

/// <summary>One account: its state, its links, and (administrators) its roles.</summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<AdminText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty] public List<string> Roles { get; set; } = [];

    public override string InputPrefix => "";

    public AccountDto Account { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Roles = Account.Roles.ToList();
    }

    public async Task<IActionResult> OnPostRolesAsync(CancellationToken ct)
    {
        await sender.Send(new SetUserRolesCommand(Roles) { UserId = Id }, ct);
        return Done(text["Account.RolesSaved"], routeValues: new { Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public bool IsAdmin => User.IsInRole(Application.Common.Security.Roles.Admin);

    private async Task LoadAsync(CancellationToken ct) => Account = await sender.Send(new GetUserQuery(Id), ct);
}
