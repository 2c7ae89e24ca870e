using Internships.Application.Features.Employers;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Employers;

/// <summary>Records the partner agreement's dates and its signed PDF, in one change: a refused file saves nothing.</summary>
[RequestSizeLimit(Uploads.MaxPageBodyBytes)]
public sealed class AgreementModel(ISender sender, IStringLocalizer<PartnerText> text) : AppPageModel
{
    public EmployerDto Employer { get; private set; } = null!;

    [BindProperty] public AgreementInput Input { get; set; } = new();

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new AgreementInput { SignedOn = Employer.PartnerAgreementSignedOn, ExpiresOn = Employer.PartnerAgreementExpiresOn };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await sender.Send(new RecordPartnerAgreementCommand(Input.SignedOn ?? default, Input.ExpiresOn)
        {
            EmployerId = Id,
            Document = await Uploads.ReadAsync(Input.Document, ct),
        }, ct);
        return Done(text[Input.Document is null ? "Agreement.Recorded" : "Agreement.RecordedWithCopy", saved.Name],
            "/Coordinator/Employers/Details", new { id = Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) => Employer = await sender.Send(new GetEmployerQuery(Id), ct);

    public sealed class AgreementInput
    {
        public DateOnly? SignedOn { get; set; }
        public DateOnly? ExpiresOn { get; set; }
        public IFormFile? Document { get; set; }
    }
}
