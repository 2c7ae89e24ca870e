using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Application.Features.Users;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Accounts;

/// <summary>The accounts, for coordinators and administrators: search, filter by role and state, disable, enable, unlock.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<AdminText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public AccountStatus? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public override string InputPrefix => "";

    public PagedResult<AccountDto> Accounts { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDisableAsync(int id, bool confirmed, CancellationToken ct)
    {
        var account = await sender.Send(new GetUserQuery(id), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Accounts.DisableQuestion", account.Email], text["Accounts.DisableWarning"], text["Accounts.DisableYes"])
            {
                CancelUrl = ListUrl(),
            }, ct) is { } ask)
        {
            return ask;
        }

        return Back(text["Accounts.DisabledDone", (await sender.Send(new DisableUserCommand(id), ct)).Email]);
    }

    public async Task<IActionResult> OnPostEnableAsync(int id, CancellationToken ct) =>
        Back(text["Accounts.EnabledDone", (await sender.Send(new EnableUserCommand(id), ct)).Email]);

    public async Task<IActionResult> OnPostUnlockAsync(int id, CancellationToken ct) =>
        Back(text["Accounts.UnlockedDone", (await sender.Send(new UnlockUserCommand(id), ct)).Email]);

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Whether the signed-in person may act on this account (the use cases decide; this only hides buttons they would refuse).</summary>
    public bool MayManage(AccountDto account) =>
        User.IsInRole(Roles.Admin) || (User.IsInRole(Roles.Coordinator) && !Roles.IncludesDistrictStaff(account.Roles));

    /// <summary>Back to the list as it was (its filters and page; "page" cannot be a route value of a page, so the address is built here).</summary>
    private IActionResult Back(string message) => DoneLocal(message, ListUrl());

    private string ListUrl() => "/accounts" + ListQuery().ToUriComponent();

    /// <summary>
    /// Where an account's action posts: its handler and id, and the list's filters and page to come back to. Built here
    /// because "page" in a form's route values makes the form tag helper lose the address (the form then posts to the list
    /// itself, with no handler).
    /// </summary>
    public string ActionUrl(string handler, int id) =>
        "/accounts" + QueryString.Create("handler", handler).Add("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add(ListQuery()).ToUriComponent();

    private QueryString ListQuery() => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["role"] = Role, ["status"] = Status?.ToString(), ["page"] = PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    private async Task LoadAsync(CancellationToken ct) =>
        Accounts = await sender.Send(new ListUsersQuery(Q, string.IsNullOrEmpty(Role) ? null : Role, Status, PageNumber), ct);
}
