using Internships.Application.Features.Employers;
using Internships.Domain.Employers;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Employers;

/// <summary>The employer's liability insurance and the worksite-safety checklist, each item checked with its day.</summary>
public sealed class WorksiteModel(ISender sender, IStringLocalizer<PartnerText> text) : AppPageModel
{
    public EmployerDto Employer { get; private set; } = null!;

    [BindProperty] public WorksiteInput Input { get; set; } = new();

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new WorksiteInput
        {
            InsuranceCarrier = Employer.InsuranceCarrier, InsurancePolicyNumber = Employer.InsurancePolicyNumber, InsuranceExpiresOn = Employer.InsuranceExpiresOn,
            Checks = Enum.GetValues<WorksiteSafetyItem>().Select(item => Employer.SafetyChecks.FirstOrDefault(c => c.Item == item) is { } done
                ? new CheckInput { Item = item, Checked = true, CheckedOn = done.CheckedOn }
                : new CheckInput { Item = item }).ToList(),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Only the ticked items are sent; their position in the form is kept, so a message lands beside its own date.
        var checks = Input.Checks.Where(c => c.Checked).Select(c => new SafetyCheckInput(c.Item, c.CheckedOn ?? default)).ToList();
        var saved = await sender.Send(new RecordWorksiteCommand(Input.InsuranceCarrier, Input.InsurancePolicyNumber, Input.InsuranceExpiresOn, checks)
        {
            EmployerId = Id,
        }, ct);
        return Done(text["Worksite.Saved", saved.Name, saved.SafetyChecks.Count, Input.Checks.Count],
            "/Coordinator/Employers/Details", new { id = Id });
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // The use case numbered the ticked items only; move each message to its item's place in the form.
        var ticked = Input.Checks.Select((c, i) => (c, i)).Where(x => x.c.Checked).Select(x => x.i).ToList();
        const string prefix = "Input.SafetyChecks[";
        ModelState.Move(key =>
        {
            var close = key.IndexOf(']', StringComparison.Ordinal);
            return key.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(key[prefix.Length..close], out var n) && n < ticked.Count
                ? $"Input.Checks[{ticked[n]}]{key[(close + 1)..]}"
                : key == "Input.SafetyChecks" ? "Input.Checks" : null;
        });
    }

    private async Task LoadAsync(CancellationToken ct) => Employer = await sender.Send(new GetEmployerQuery(Id), ct);

    public sealed class WorksiteInput
    {
        public string? InsuranceCarrier { get; set; }
        public string? InsurancePolicyNumber { get; set; }
        public DateOnly? InsuranceExpiresOn { get; set; }
        public List<CheckInput> Checks { get; set; } = [];
    }

    public sealed class CheckInput
    {
        public WorksiteSafetyItem Item { get; set; }
        public bool Checked { get; set; }
        public DateOnly? CheckedOn { get; set; }
    }
}
