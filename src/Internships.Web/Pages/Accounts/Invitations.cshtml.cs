using System.ComponentModel.DataAnnotations;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Application.Features.Employers;
using Internships.Application.Features.Invitations;
using Internships.Domain.Accounts;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Accounts;

/// <summary>Inviting people to open their accounts, and the invitations still waiting: send again, or withdraw.</summary>
public sealed class InvitationsModel(ISender sender, ISignInPolicy signInPolicy, IStringLocalizer<AdminText> text) : AppPageModel
{
    [BindProperty] public InviteInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public InvitationStatus? Status { get; set; } = InvitationStatus.Pending;
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<InvitationDto> Invitations { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<EmployerDto> Employers { get; private set; } = [];

    /// <summary>The roles this person may invite to: students only without single sign-on; staff roles by administrators.</summary>
    public IReadOnlyList<string> InvitableRoles => Roles.All
        .Where(r => r != Roles.Student || !signInPolicy.DistrictSignInConfigured)
        .Where(r => User.IsInRole(Roles.Admin) || !Roles.DistrictStaff.Contains(r))
        .ToList();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var sent = await sender.Send(new InviteUserCommand(Input.Email, Input.Role,
            Input.Role == Roles.Student ? Input.StudentId : null,
            Input.Role == Roles.EmployerAdmin ? Input.EmployerId : null,
            Input.Role == Roles.Supervisor ? Input.SupervisorId : null), ct);
        return Done(text["Invitations.SentDone", sent.Email]);
    }

    public async Task<IActionResult> OnPostResendAsync(int id, CancellationToken ct) =>
        Done(text["Invitations.ResentDone", (await sender.Send(new ResendInvitationCommand(id), ct)).Email]);

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct) =>
        Done(text["Invitations.RevokedDone", (await sender.Send(new RevokeInvitationCommand(id), ct)).Email]);

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Invitations = await sender.Send(new ListInvitationsQuery(Status, null, PageNumber), ct);
        // The employer list is the coordinators' (an administrator who is not one types the employer's number).
        Employers = User.IsInRole(Roles.Coordinator)
            ? (await sender.Send(new ListEmployersQuery(PageSize: Paging.MaxPageSize), ct)).Items.Where(e => e.IsActive).ToList()
            : [];
    }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Field.InvitationEmailRequired")]
        [EmailAddress(ErrorMessage = "Field.EmailFormat")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Field.InvitationRoleRequired")]
        public string Role { get; set; } = Roles.EmployerAdmin;

        [Display(Name = "Employer (for an employer admin)")]
        public int? EmployerId { get; set; }

        [Display(Name = "Supervisor number (for a supervisor)")]
        public int? SupervisorId { get; set; }

        [Display(Name = "Student number (for a student)")]
        public int? StudentId { get; set; }
    }
}
