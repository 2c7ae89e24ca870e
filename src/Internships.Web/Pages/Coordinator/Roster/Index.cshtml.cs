using Internships.Application.Features.Roster;
using Internships.Domain.Roster;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Roster;

/// <summary>
/// Rostering from the student information system: upload the OneRoster zip it exported. Every upload from this page is
/// a dry run first; its page shows what would change and applies it. Below, the imports so far.
/// </summary>
[RequestSizeLimit(RosterRules.MaxUploadBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = RosterRules.MaxUploadBytes + (1024 * 1024))]
public sealed class IndexModel(ISender sender, IStringLocalizer<IssuingText> text) : AppPageModel
{
    [BindProperty] public UploadInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<RosterImportDto> Imports { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public int PendingSuggestions { get; private set; }

    /// <summary>What is wrong with the files themselves (a missing column of users.csv…), by file.</summary>
    public IEnumerable<(string File, string Message)> FileErrors =>
        ModelState.Where(e => e.Key.StartsWith("Input.", StringComparison.Ordinal)
                && !e.Key.Equals("Input.File", StringComparison.OrdinalIgnoreCase) && !e.Key.Equals("Input.Coordinators", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value!.Errors.Select(error => (e.Key["Input.".Length..], error.ErrorMessage)));

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        byte[] zip = [];
        if (Input.File is { } file)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            zip = buffer.ToArray();
        }

        var import = await sender.Send(new StartRosterImportCommand(zip, Input.File?.FileName, DryRun: true, Input.Coordinators), ct);
        return Done(text["Roster.BeingRead", import.FileName], "/Coordinator/Roster/Import", new { id = import.Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Imports = await sender.Send(new ListRosterImportsQuery(Page: PageNumber), ct);
        PendingSuggestions = (await sender.Send(new ListPathwaySuggestionsQuery(SuggestionStatus.Pending, PageSize: 1), ct)).Total;
    }

    public sealed class UploadInput
    {
        public IFormFile? File { get; set; }

        public string? Coordinators { get; set; }
    }
}
