using Internships.Application.Common.Security;
using Internships.Application.Features.Employers;
using Internships.Application.Features.Programmes;
using Internships.Domain.Programmes;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Programmes;

/// <summary>
/// A cohort's roster with each participant's progress; its trainer takes a session's attendance here, and a coordinator
/// enrols a participant by their account's e-mail address, for the organisation they work for.
/// </summary>
public sealed class CohortModel(ISender sender, Application.Common.Interfaces.ICurrentUser user, Application.Common.Interfaces.IClock clock,
    IStringLocalizer<ProgrammeText> text) : AppPageModel
{
    [BindProperty] public AttendanceInput Input { get; set; } = new();

    [BindProperty] public EnrolInput Enrol { get; set; } = new();

    /// <summary>The organisations a participant may be enrolled for (coordinators only enrol).</summary>
    public IReadOnlyList<EmployerDto> Organisations { get; private set; } = [];

    public bool IsCoordinator => user.IsInRole(Roles.Coordinator);

    public override string InputPrefix => Request.Query["handler"] == "Enrol" ? "Enrol" : "Input";

    public CohortRosterDto Roster { get; private set; } = null!;

    public bool IsTrainer => user.UserId is { } me && Roster.Cohort.TrainerUserId == me;

    public IEnumerable<RequirementDto> Sessions => Roster.Requirements.Where(r => r.Kind == RequirementKind.Session);

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await OnFailedAsync(ct);
        Input.HeldOn = clock.Today;
    }

    public async Task<IActionResult> OnPostAttendanceAsync(CancellationToken ct)
    {
        await OnFailedAsync(ct);
        var marks = Roster.Enrolments.Where(e => e.CompletedAt is null)
            .Select(e => new AttendanceMark(e.Id, Input.Present.Contains(e.Id))).ToList();
        await sender.Send(new RecordAttendanceCommand(Input.Step, Input.HeldOn ?? clock.Today, marks) { CohortId = Id }, ct);
        return Done(text["Roster.Taken", marks.Count(m => m.Present), marks.Count], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostEnrolAsync(CancellationToken ct)
    {
        await OnFailedAsync(ct);
        var enrolment = await sender.Send(new EnrolParticipantCommand(null, Enrol.Name ?? "", Enrol.OrganisationId) { CohortId = Id, Email = Enrol.Email }, ct);
        return Done(text["Roster.Enrolled", enrolment.ParticipantName, enrolment.CohortName], null, new { id = Id });
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        Roster = await sender.Send(new GetCohortRosterQuery(Id), cancellationToken);
        Organisations = IsCoordinator ? (await sender.Send(new ListEmployersQuery(PageSize: Paging.MaxPageSize), cancellationToken)).Items : [];
    }

    public sealed class AttendanceInput
    {
        public int Step { get; set; }

        public DateOnly? HeldOn { get; set; }

        public List<int> Present { get; set; } = [];
    }

    public sealed class EnrolInput
    {
        public string? Email { get; set; }

        public string? Name { get; set; }

        public int? OrganisationId { get; set; }
    }
}
