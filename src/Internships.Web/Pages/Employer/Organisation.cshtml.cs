using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Employers;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Employer;

/// <summary>The employer's profile and its supervisors: edit the profile, add a supervisor, deactivate one.</summary>
public sealed class OrganisationModel(ISender sender, ICurrentUser user, IStringLocalizer<EmployerText> text) : AppPageModel
{
    public EmployerDto Employer { get; private set; } = null!;

    public PagedResult<SupervisorDto> Supervisors { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    [BindProperty] public ProfileInput Input { get; set; } = new();

    private int EmployerId => user.EmployerId ?? throw new Application.Common.Exceptions.ForbiddenAccessException("Your account is not linked to an employer.");

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        FillProfile();
    }

    /// <summary>The signed partner agreement the district uploaded, as a download.</summary>
    public async Task<IActionResult> OnGetAgreementAsync(CancellationToken ct)
    {
        var file = await sender.Send(new DownloadPartnerAgreementQuery(EmployerId), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken ct)
    {
        var current = await sender.Send(new GetEmployerQuery(EmployerId), ct);
        var saved = await sender.Send(new UpdateEmployerCommand(Input.Name ?? "", Input.Industry ?? "", Input.ContactEmail ?? "", Input.Phone, Input.Website,
            Input.City, current.PartnerAgreementSignedOn, current.PartnerAgreementExpiresOn) { EmployerId = EmployerId, ExpectedVersion = Input.Version }, ct);
        return Done(text["Organisation.ProfileSaved", saved.Name]);
    }

    public async Task<IActionResult> OnPostAddSupervisorAsync(CancellationToken ct)
    {
        var added = await sender.Send(new AddSupervisorCommand
        {
            FirstName = Input.FirstName ?? "", LastName = Input.LastName ?? "", Email = Input.Email ?? "", JobTitle = Input.JobTitle, EmployerId = EmployerId,
        }, ct);
        return Done(text["Organisation.SupervisorAdded", $"{added.FirstName} {added.LastName}"]);
    }

    public async Task<IActionResult> OnPostActiveAsync(int supervisorId, bool isActive, bool confirmed, CancellationToken ct)
    {
        var s = (await sender.Send(new ListSupervisorsQuery(EmployerId, PageSize: Paging.MaxPageSize), ct)).Items.First(x => x.Id == supervisorId);
        if (!isActive && await AskFirstAsync(confirmed, Confirmations.SupervisorDeactivation(s, text), ct) is { } ask)
        {
            return ask;
        }

        var saved = await sender.Send(new UpdateSupervisorCommand
        {
            FirstName = s.FirstName, LastName = s.LastName, Email = s.Email, JobTitle = s.JobTitle, Phone = s.Phone, IsActive = isActive, SupervisorId = supervisorId,
        }, ct);
        return Done(text[saved.IsActive ? "Organisation.SupervisorActiveAgain" : "Organisation.SupervisorInactive", $"{saved.FirstName} {saved.LastName}"]);
    }

    /// <summary>
    /// Shown again after a refused form: the profile keeps what was typed into it, or, when another form of the page was
    /// sent (adding a supervisor), shows the saved profile rather than empty fields.
    /// </summary>
    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!Request.Form.ContainsKey("Input.Name"))
        {
            FillProfile();
        }
    }

    private void FillProfile()
    {
        Input.Name = Employer.Name;
        Input.Industry = Employer.Industry;
        Input.ContactEmail = Employer.ContactEmail;
        Input.Phone = Employer.Phone;
        Input.Website = Employer.Website;
        Input.City = Employer.City;
        Input.Version = Employer.Version;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Employer = await sender.Send(new GetEmployerQuery(EmployerId), ct);
        Supervisors = await sender.Send(new ListSupervisorsQuery(EmployerId, PageSize: Paging.MaxPageSize), ct);
    }

    public sealed class ProfileInput
    {
        public string? Name { get; set; }
        public string? Industry { get; set; }
        public string? ContactEmail { get; set; }
        public string? Phone { get; set; }
        public string? Website { get; set; }
        public string? City { get; set; }
        public string? FirstName { get; set; }
        public string? LastName { get; set; }
        public string? Email { get; set; }
        public string? JobTitle { get; set; }
        /// <summary>The version of the record the form was opened on: a save over someone else's change since is refused.</summary>
        public long? Version { get; set; }
    }
}
