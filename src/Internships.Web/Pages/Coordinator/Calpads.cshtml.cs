using Internships.Application.Common.Interfaces;
using Internships.Application.Features.StateReporting;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator;

/// <summary>
/// The CALPADS Work-Based Learning extract of an academic year: the records to submit, the placements in error with a
/// form beside each to fix it (the student's SSID, the school's CDS code, the course code), and the file to download.
/// </summary>
public sealed class CalpadsModel(ISender sender, IClock clock, IStringLocalizer<TermsText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty] public FixInput Input { get; set; } = new();

    public WblrExtractDto Extract { get; private set; } = null!;

    public int CurrentYear => WblrLayout.AcademicYearOf(clock.Today);

    public int SelectedYear => Year ?? CurrentYear;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetFileAsync(bool skipInvalid, CancellationToken ct) =>
        ExportLinks.File(await sender.Send(new DownloadWblrFileQuery(SelectedYear, skipInvalid), ct));

    public async Task<IActionResult> OnPostSsidAsync(int studentId, CancellationToken ct)
    {
        await sender.Send(new SetStudentSsidCommand(Input.Ssid) { StudentId = studentId }, ct);
        return Done(text["Calpads.SsidSaved"], null, new { year = SelectedYear });
    }

    public async Task<IActionResult> OnPostCdsAsync(int schoolId, CancellationToken ct)
    {
        await sender.Send(new SetSchoolCdsCodeCommand(Input.CdsCode) { SchoolId = schoolId }, ct);
        return Done(text["Calpads.CdsSaved"], null, new { year = SelectedYear });
    }

    public async Task<IActionResult> OnPostCourseAsync(int placementId, CancellationToken ct)
    {
        await sender.Send(new SetPlacementStateReportingCommand(null, null, Input.StateCourseCode) { PlacementId = placementId }, ct);
        return Done(text["Calpads.CourseSaved"], null, new { year = SelectedYear });
    }

    /// <summary>Gives a course of a pathway its state code, keeping the codes its other courses have.</summary>
    public async Task<IActionResult> OnPostPathwayCourseAsync(int pathwayId, CancellationToken ct)
    {
        var course = Input.Course?.Trim() ?? "";
        var codes = (await sender.Send(new ListPathwayStateCoursesQuery(pathwayId), ct)).Where(c => c.Course != course)
            .Append(new PathwayStateCourseDto(course, Input.StateCourseCode?.Trim() ?? "")).ToList();
        await sender.Send(new SetPathwayStateCoursesCommand(codes) { PathwayId = pathwayId }, ct);
        return Done(text["Calpads.PathwayCourseSaved", course, Input.StateCourseCode?.Trim() ?? ""], null, new { year = SelectedYear });
    }

    /// <summary>The pathways' course sequences, for the forms that give a course its state code.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Courses { get; private set; } = new Dictionary<int, IReadOnlyList<string>>();

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Extract = await sender.Send(new GetWblrExtractQuery(SelectedYear), ct);
        Courses = (await sender.Send(new Application.Features.Pathways.ListPathwaysQuery(PageSize: Application.Common.Models.Paging.MaxPageSize), ct)).Items
            .ToDictionary(p => p.Id, p => (IReadOnlyList<string>)p.CourseSequence);
    }

    public sealed class FixInput
    {
        public string? Ssid { get; set; }
        public string? CdsCode { get; set; }
        public string? StateCourseCode { get; set; }
        public string? Course { get; set; }
    }
}
