using Internships.Application.Features.Employers;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Employers;

/// <summary>
/// An employer partner: its profile, partner agreement (and the signed PDF), insurance and worksite-safety checks, and its
/// supervisors (add one, deactivate or reactivate one).
/// </summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<EmployerText> employerText, IStringLocalizer<PartnerText> text) : AppPageModel
{
    public EmployerDto Employer { get; private set; } = null!;

    public PagedResult<SupervisorDto> Supervisors { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    [BindProperty] public SupervisorInput Supervisor { get; set; } = new();

    public override string InputPrefix => "Supervisor";

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The signed partner agreement, as a download.</summary>
    public async Task<IActionResult> OnGetAgreementAsync(CancellationToken ct)
    {
        var file = await sender.Send(new DownloadPartnerAgreementQuery(Id), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostAddSupervisorAsync(CancellationToken ct)
    {
        var added = await sender.Send(Supervisor.To<AddSupervisorCommand>() with { EmployerId = Id }, ct);
        return Done(text["Details.SupervisorAdded", $"{added.FirstName} {added.LastName}"], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostActiveAsync(int supervisorId, bool isActive, bool confirmed, CancellationToken ct)
    {
        var s = (await sender.Send(new ListSupervisorsQuery(Id, PageSize: Paging.MaxPageSize), ct)).Items.FirstOrDefault(x => x.Id == supervisorId);
        if (s is null)
        {
            return NotFound();
        }

        if (!isActive && await AskFirstAsync(confirmed, Confirmations.SupervisorDeactivation(s, employerText), ct) is { } ask)
        {
            return ask;
        }

        var saved = await sender.Send(SupervisorInput.From(s).To<UpdateSupervisorCommand>() with { IsActive = isActive, SupervisorId = supervisorId }, ct);
        return Done(text[saved.IsActive ? "Details.SupervisorActiveAgain" : "Details.SupervisorInactive", $"{saved.FirstName} {saved.LastName}"], null, new { id = Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Employer = await sender.Send(new GetEmployerQuery(Id), ct);
        Supervisors = await sender.Send(new ListSupervisorsQuery(Id, PageSize: Paging.MaxPageSize), ct);
    }
}

/// <summary>A supervisor as the add and edit forms post them.</summary>
public sealed class SupervisorInput
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? JobTitle { get; set; }
    public string? Phone { get; set; }

    /// <summary>The version of the record the form was opened on: a save over someone else's change since is refused.</summary>
    public long? Version { get; set; }

    public static SupervisorInput From(SupervisorDto s) => new() { FirstName = s.FirstName, LastName = s.LastName, Email = s.Email, JobTitle = s.JobTitle, Phone = s.Phone, Version = s.Version };

    public T To<T>() where T : SupervisorFields, new() =>
        new() { FirstName = FirstName ?? "", LastName = LastName ?? "", Email = Email ?? "", JobTitle = JobTitle, Phone = Phone };
}
