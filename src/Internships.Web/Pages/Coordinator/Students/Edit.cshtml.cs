using Internships.Application.Features.Schools;
using Internships.Application.Features.Students;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Students;

/// <summary>Adds a student (at /coordinator/students/new) or corrects one (at /coordinator/students/{id}/edit).</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<RecordsText> text) : AppPageModel
{
    [BindProperty] public StudentInput Input { get; set; } = new();

    public int? StudentId { get; private set; }

    public string SisId { get; private set; } = "";

    public string CurrentName { get; private set; } = "";

    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];

    public async Task OnGetAsync(int? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } s)
        {
            Input = new StudentInput
            {
                FirstName = s.FirstName, LastName = s.LastName, Email = s.Email, Grade = s.Grade, DateOfBirth = s.DateOfBirth, SchoolId = s.SchoolId,
                Version = s.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        StudentId = id;
        if (id is { } studentId)
        {
            var current = await sender.Send(new GetStudentQuery(studentId), ct);
            var saved = await sender.Send(new UpdateStudentCommand(Input.FirstName ?? "", Input.LastName ?? "", Input.Email ?? "", Input.Grade ?? 0,
                Input.DateOfBirth ?? default, Input.SchoolId ?? 0, current.IsActive) { StudentId = studentId, ExpectedVersion = Input.Version }, ct);
            return Done(text["Student.Saved", $"{saved.FirstName} {saved.LastName}"], "/Coordinator/Students/Details", new { id = saved.Id });
        }

        var added = await sender.Send(new CreateStudentCommand(Input.SisId ?? "", Input.FirstName ?? "", Input.LastName ?? "", Input.Email ?? "",
            Input.Grade ?? 0, Input.DateOfBirth ?? default, Input.SchoolId ?? 0), ct);
        return Done(text["Student.Added", $"{added.FirstName} {added.LastName}"],
            "/Coordinator/Students/Details", new { id = added.Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(StudentId, cancellationToken);

    /// <summary>The schools to choose from, and the student being edited (null when adding one).</summary>
    private async Task<StudentDto?> LoadAsync(int? id, CancellationToken ct)
    {
        StudentId = id;
        Schools = (await sender.Send(new ListSchoolsQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        if (id is not { } studentId)
        {
            return null;
        }

        var s = await sender.Send(new GetStudentQuery(studentId), ct);
        SisId = s.SisId;
        CurrentName = $"{s.FirstName} {s.LastName}";
        return s;
    }

    public sealed class StudentInput
    {
        public string? SisId { get; set; }
        public string? FirstName { get; set; }
        public string? LastName { get; set; }
        public string? Email { get; set; }
        public int? Grade { get; set; }
        public DateOnly? DateOfBirth { get; set; }
        public int? SchoolId { get; set; }
        /// <summary>The version of the record the form was opened on: a save over someone else's change since is refused.</summary>
        public long? Version { get; set; }
    }
}
