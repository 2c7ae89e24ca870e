using Internships.Application.Common.Localization;
using Internships.Application.Common.Security;
using Internships.Application.Features.Reports;
using Internships.Domain.Reports;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Reports;

/// <summary>
/// PDF reports the user may see: placement reports (the intern, the employer, the supervisor, coordinators) and, for
/// coordinators, term summaries, which they request here. Reports are produced by a background job; the list shows
/// when each is ready to download.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class IndexModel(ISender sender, IStringLocalizer<TermsText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    [BindProperty] public TermInput Input { get; set; } = new();

    public PagedResult<ReportDto> Reports { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public bool IsCoordinator => User.IsInRole(Roles.Coordinator);

    /// <summary>The language the term summary form offers first: the one chosen, else the page's.</summary>
    public string SummaryLanguage => Languages.Match(Input.Language) ?? Languages.Match(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? Languages.Default;

    /// <summary>"off" stops the page refreshing itself while reports are being made.</summary>
    [BindProperty(SupportsGet = true)] public string? Refresh { get; set; }

    /// <summary>A report on this page is queued or running: the page reloads itself until it is done.</summary>
    public bool InProgress => Reports.Items.Any(r => r.Status is ReportStatus.Queued or ReportStatus.Running);

    public bool Refreshing => InProgress && Refresh != "off";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Refreshing)
        {
            // An HTTP Refresh header, which browsers follow without JavaScript; the page offers to stop it.
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public const int RefreshSeconds = 5;

    public async Task<IActionResult> OnPostTermAsync(CancellationToken ct)
    {
        var report = await sender.Send(new RequestTermSummaryReportCommand(Input.Name, Input.From, Input.To) { Language = Input.Language }, ct);
        return Done(text["Reports.TermQueued", report.TermName ?? ""]);
    }

    public async Task<IActionResult> OnPostPlacementAsync(int placementId, CancellationToken ct)
    {
        var report = await sender.Send(new RequestPlacementReportCommand(placementId), ct);
        return Done(text["Reports.PlacementQueued", report.Placement ?? ""]);
    }

    public async Task<IActionResult> OnGetFileAsync(int id, CancellationToken ct)
    {
        var file = await sender.Send(new DownloadReportQuery(id), ct);
        return File(file.Content, "application/pdf", file.FileName);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) => Reports = await sender.Send(new ListReportsQuery(Page: PageNumber), ct);

    public sealed class TermInput
    {
        public string? Name { get; set; }

        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        /// <summary>"en-US" or "es-US"; empty for the page's language.</summary>
        public string? Language { get; set; }
    }
}
