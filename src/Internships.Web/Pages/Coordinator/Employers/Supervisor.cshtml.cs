using Internships.Application.Features.Employers;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Employers;

/// <summary>Corrects a supervisor's name, e-mail, job title or phone; whether they are active is set on the employer's page.</summary>
public sealed class SupervisorModel(ISender sender, IStringLocalizer<PartnerText> text) : AppPageModel
{
    [BindProperty] public SupervisorInput Input { get; set; } = new();

    public int EmployerId { get; private set; }

    public string EmployerName { get; private set; } = "";

    public string SupervisorName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int supervisorId, CancellationToken ct)
    {
        if (await LoadAsync(id, supervisorId, ct) is not { } supervisor)
        {
            return NotFound();
        }

        Input = SupervisorInput.From(supervisor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int supervisorId, CancellationToken ct)
    {
        if (await LoadAsync(id, supervisorId, ct) is not { } current)
        {
            return NotFound();
        }

        var saved = await sender.Send(Input.To<UpdateSupervisorCommand>() with { IsActive = current.IsActive, SupervisorId = supervisorId, ExpectedVersion = Input.Version }, ct);
        return Done(text["Supervisor.Saved", $"{saved.FirstName} {saved.LastName}"], "/Coordinator/Employers/Details", new { id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<SupervisorDto?> LoadAsync(int id, int supervisorId, CancellationToken ct)
    {
        EmployerId = id;
        EmployerName = (await sender.Send(new GetEmployerQuery(id), ct)).Name;
        var supervisor = (await sender.Send(new ListSupervisorsQuery(id, PageSize: Paging.MaxPageSize), ct)).Items.FirstOrDefault(s => s.Id == supervisorId);
        SupervisorName = supervisor is null ? "" : $"{supervisor.FirstName} {supervisor.LastName}";
        return supervisor;
    }
}
