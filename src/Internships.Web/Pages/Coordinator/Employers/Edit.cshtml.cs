using Internships.Application.Features.Employers;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Employers;

/// <summary>Adds an employer (at /coordinator/employers/new) or edits its profile (at /coordinator/employers/{id}/edit).</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<PartnerText> text) : AppPageModel
{
    /// <summary>The profile's fields, as the employer's own organisation page posts them (its supervisor fields go unused here).</summary>
    [BindProperty] public Employer.OrganisationModel.ProfileInput Input { get; set; } = new();

    public int? EmployerId { get; private set; }

    public string CurrentName { get; private set; } = "";

    public async Task OnGetAsync(int? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } e)
        {
            Input = new Employer.OrganisationModel.ProfileInput { Name = e.Name, Industry = e.Industry, ContactEmail = e.ContactEmail, Phone = e.Phone, Website = e.Website, City = e.City, Version = e.Version };
        }
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        EmployerId = id;
        if (id is { } employerId)
        {
            var current = await sender.Send(new GetEmployerQuery(employerId), ct);
            var saved = await sender.Send(new UpdateEmployerCommand(Input.Name ?? "", Input.Industry ?? "", Input.ContactEmail ?? "", Input.Phone,
                Input.Website, Input.City, current.PartnerAgreementSignedOn, current.PartnerAgreementExpiresOn) { EmployerId = employerId, ExpectedVersion = Input.Version }, ct);
            return Done(text["Profile.Saved", saved.Name], "/Coordinator/Employers/Details", new { id = saved.Id });
        }

        var added = await sender.Send(new CreateEmployerCommand(Input.Name ?? "", Input.Industry ?? "", Input.ContactEmail ?? "", Input.Phone,
            Input.Website, Input.City, null, null), ct);
        return Done(text["Profile.Added", added.Name],
            "/Coordinator/Employers/Details", new { id = added.Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(EmployerId, cancellationToken);

    private async Task<EmployerDto?> LoadAsync(int? id, CancellationToken ct)
    {
        EmployerId = id;
        if (id is not { } employerId)
        {
            return null;
        }

        var employer = await sender.Send(new GetEmployerQuery(employerId), ct);
        CurrentName = employer.Name;
        return employer;
    }
}
