using Internships.Application.Common.Models;
using Internships.Application.Features.Pathways;
using Internships.Application.Features.Students;
using Internships.Web.Infrastructure.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Internships.Web.Pages.Coordinator;

/// <summary>A student's record and pathway enrolments: enrol them in a pathway, or end an enrolment.</summary>
public sealed class StudentModel(ISender sender) : AppPageModel
{
    public StudentDto Student { get; private set; } = null!;

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    [BindProperty] public EnrolInput Input { get; set; } = new();

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostEnrolAsync(CancellationToken ct)
    {
        var student = await sender.Send(new EnrolStudentCommand(Input.PathwayId ?? 0, Input.EnrolledOn) { StudentId = Id }, ct);
        var pathway = student.Enrolments.LastOrDefault(e => e.PathwayId == Input.PathwayId)?.PathwayName;
        return Done($"{student.FirstName} {student.LastName} is enrolled in {pathway}.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostEndAsync(int pathwayId, CancellationToken ct)
    {
        await sender.Send(new EndEnrolmentCommand(Id, pathwayId), ct);
        return Done("The enrolment is ended; it stays on the student's record.", null, new { id = Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Student = await sender.Send(new GetStudentQuery(Id), ct);
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
    }

    public sealed class EnrolInput
    {
        public int? PathwayId { get; set; }
        public DateOnly? EnrolledOn { get; set; }
    }
}
