using Internships.Application.Features.Terms;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator;

/// <summary>The district's terms: add one, change its name or dates, remove one entered by mistake.</summary>
public sealed class TermsModel(ISender sender, IStringLocalizer<TermsText> text) : AppPageModel
{
    public IReadOnlyList<TermDto> Terms { get; private set; } = [];

    [BindProperty] public TermInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var term = Input.Id is { } id
            ? await sender.Send(new UpdateTermCommand(Input.Name ?? "", Input.StartDate ?? default, Input.EndDate ?? default) { TermId = id }, ct)
            : await sender.Send(new CreateTermCommand(Input.Name ?? "", Input.StartDate ?? default, Input.EndDate ?? default), ct);
        return Done(text["TermList.Saved", term.Name, Display.Day(term.StartDate), Display.Day(term.EndDate)]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int termId, CancellationToken ct)
    {
        await sender.Send(new DeleteTermCommand(termId), ct);
        return Done(text["TermList.Removed"]);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) => Terms = await sender.Send(new ListTermsQuery(), ct);

    public sealed class TermInput
    {
        public int? Id { get; set; }
        public string? Name { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
    }
}
