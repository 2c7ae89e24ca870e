using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Employers;
using Internships.Application.Features.Pathways;
using Internships.Application.Features.Postings;
using Internships.Domain.Postings;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Employer.Postings;

/// <summary>Drafts a posting, or rewrites a draft (new, or returned by the district with a reason).</summary>
public sealed class EditModel(ISender sender, ICurrentUser user, IStringLocalizer<EmployerText> text) : AppPageModel
{
    [BindProperty] public PostingInput Input { get; set; } = new();

    public int? PostingId { get; private set; }

    public string? ReturnReason { get; private set; }

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    public IReadOnlyList<SupervisorDto> Supervisors { get; private set; } = [];

    /// <summary>Badges a student may be asked to hold before applying (the ladder), for students.</summary>
    public IReadOnlyList<Application.Features.Badges.BadgeClassDto> Badges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        PostingId = id;
        await LoadChoicesAsync(ct);
        if (id is { } postingId)
        {
            var p = await sender.Send(new GetPostingQuery(postingId), ct);
            if (p.EmployerId != user.EmployerId || p.Status != PostingStatus.Draft)
            {
                // Only the employer's own drafts are edited; anything else is not an editable page.
                return NotFound();
            }

            ReturnReason = p.ReturnReason;
            Input = new PostingInput
            {
                Title = p.Title, Description = p.Description, PathwayIds = p.Pathways.Select(x => x.Id).ToList(), HourlyWage = p.HourlyWage,
                HoursPerWeek = p.HoursPerWeek, StartDate = p.StartDate, EndDate = p.EndDate, Slots = p.Slots, Location = p.Location,
                IsRemote = p.IsRemote, ApplicationDeadline = p.ApplicationDeadline, EligibleGrades = p.EligibleGrades.ToList(),
                MinimumAge = p.MinimumAge, SupervisorId = p.SupervisorId, RequiredHours = p.RequiredHours,
                RequiredBadgeIds = p.RequiredBadges.Select(b => b.Id).ToList(), Version = p.Version,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        PostingId = id;
        var posting = id is { } postingId
            ? await sender.Send(Input.ToCommand<EditPostingCommand>() with { PostingId = postingId, ExpectedVersion = Input.Version }, ct)
            : await sender.Send(Input.ToCommand<CreatePostingCommand>(), ct);
        return Done(text["Edit.Saved", posting.Title], "/Employer/Postings/Index", new { status = PostingStatus.Draft });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Badges = (await sender.Send(new Application.Features.Badges.ListBadgeClassesQuery(
            RecipientType: Domain.Badges.BadgeRecipientType.Student, PageSize: Paging.MaxPageSize), ct)).Items;
        if (user.EmployerId is { } employerId)
        {
            Supervisors = (await sender.Send(new ListSupervisorsQuery(employerId, PageSize: Paging.MaxPageSize), ct)).Items.Where(s => s.IsActive).ToList();
        }
    }

    public sealed class PostingInput
    {
        /// <summary>The version of the record the form was opened on: a save over someone else's change since is refused.</summary>
        public long? Version { get; set; }

        public string? Title { get; set; }
        public string? Description { get; set; }
        public List<int>? PathwayIds { get; set; }
        public decimal? HourlyWage { get; set; }
        public decimal? HoursPerWeek { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
        public int? Slots { get; set; } = 1;
        public string? Location { get; set; }
        public bool IsRemote { get; set; }
        public DateOnly? ApplicationDeadline { get; set; }
        public List<int>? EligibleGrades { get; set; } = [11, 12];
        public int? MinimumAge { get; set; }
        public int? SupervisorId { get; set; }
        public decimal? RequiredHours { get; set; }
        public List<int>? RequiredBadgeIds { get; set; }

        /// <summary>The form as a command; an employer's own posting, so no employer is named.</summary>
        public T ToCommand<T>() where T : PostingFields, new() => new()
        {
            Title = Title ?? "", Description = Description ?? "", PathwayIds = PathwayIds, HourlyWage = HourlyWage ?? 0,
            HoursPerWeek = HoursPerWeek ?? 0, StartDate = StartDate ?? default, EndDate = EndDate ?? default, Slots = Slots ?? 0,
            Location = Location, IsRemote = IsRemote, ApplicationDeadline = ApplicationDeadline ?? default, EligibleGrades = EligibleGrades,
            MinimumAge = MinimumAge, SupervisorId = SupervisorId, RequiredHours = RequiredHours, RequiredBadgeIds = RequiredBadgeIds,
        };
    }
}
