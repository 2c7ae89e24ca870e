using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Models;
using Internships.Application.Common.Security;
using Internships.Application.Features.Badges;
using Internships.Domain.Common;
using Internships.Domain.Postings;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Postings;

/// <summary>The orders a search can list postings in.</summary>
public static class PostingSort
{
    /// <summary>Soonest application deadline first (the default).</summary>
    public const string Deadline = "deadline";

    /// <summary>Highest hourly wage first.</summary>
    public const string Wage = "wage";

    /// <summary>Most recently opened first.</summary>
    public const string Newest = "newest";

    public const string Title = "title";

    public static readonly IReadOnlyList<string> All = [Deadline, Wage, Newest, Title];
}

/// <summary>
/// Searches postings. Without a status it lists those taking applications today (from <see cref="OpenPostingsCatalog"/>).
/// Students may narrow it to the postings they are eligible for (grade, age on the start date, their pathways, the
/// badges they hold). Employers and coordinators may ask for other statuses; an employer sees only its own drafts and
/// submissions.
/// </summary>
public sealed record SearchPostingsQuery(
    string? Q = null,
    int? PathwayId = null,
    decimal? MinWage = null,
    decimal? MaxWage = null,
    string? Location = null,
    bool? Remote = null,
    bool EligibleOnly = false,
    int? EmployerId = null,
    PostingStatus? Status = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<PostingSummaryDto>>, IPagedRequest;

public sealed class SearchPostingsValidator : AbstractValidator<SearchPostingsQuery>
{
    public SearchPostingsValidator(ICurrentUser user)
    {
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Location).MaximumLength(100);
        RuleFor(x => x.MinWage).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxWage).GreaterThanOrEqualTo(x => x.MinWage ?? 0).WithMessage("'Max Wage' must not be below the minimum wage asked for.");
        RuleFor(x => x.Sort).Must(s => s is null || PostingSort.All.Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"'Sort' must be one of {string.Join(", ", PostingSort.All)}.");
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.EligibleOnly).Equal(false).When(_ => !user.IsInRole(Roles.Student))
            .WithMessage("Only a student can search for the postings they are eligible for.");
        RuleFor(x => x.Status).Null().When(_ => user.IsInRole(Roles.Student))
            .WithMessage("Students see the postings that are taking applications.");
    }
}

public sealed class SearchPostingsHandler(IAppDbContext db, ICurrentUser user, IClock clock, OpenPostingsCatalog catalog)
    : IQueryHandler<SearchPostingsQuery, PagedResult<PostingSummaryDto>>
{
    public async ValueTask<PagedResult<PostingSummaryDto>> Handle(SearchPostingsQuery query, CancellationToken cancellationToken)
    {
        // What students search all day (postings taking applications) comes from memory; other statuses from the database.
        return query.Status is null
            ? await SearchCatalogAsync(query, cancellationToken)
            : await SearchDatabaseAsync(query, cancellationToken);
    }

    private async Task<PagedResult<PostingSummaryDto>> SearchCatalogAsync(SearchPostingsQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        var today = clock.Today;
        Func<CatalogEntry, bool>? eligible = null;
        if (query.EligibleOnly)
        {
            var student = await StudentEligibilityAsync(cancellationToken);
            if (student is null)
            {
                return new PagedResult<PostingSummaryDto>([], 0, query.Page, query.PageSize);
            }

            eligible = student.Allows;
        }

        var text = string.IsNullOrWhiteSpace(query.Q) ? null : snapshot.Matching(query.Q.Trim().ToLowerInvariant());
        var location = string.IsNullOrWhiteSpace(query.Location) ? null : query.Location.Trim().ToLowerInvariant();
        var matches = snapshot.InOrder(query.Sort).Where(p =>
            p.ApplicationDeadline >= today
            && (text is null || text.Contains(p.Id))
            && (query.PathwayId is not { } pathwayId || p.PathwayIds.Contains(pathwayId))
            && (query.MinWage is not { } minWage || p.HourlyWage >= minWage)
            && (query.MaxWage is not { } maxWage || p.HourlyWage <= maxWage)
            && (location is null || (p.LocationText?.Contains(location, StringComparison.Ordinal) ?? false))
            && (query.Remote is not { } remote || p.IsRemote == remote)
            && (query.EmployerId is not { } employerId || p.EmployerId == employerId)
            && (eligible is null || eligible(p)));

        var total = 0;
        var skip = (query.Page - 1) * query.PageSize;
        var page = new List<PostingSummaryDto>(query.PageSize);
        foreach (var posting in matches)
        {
            if (total >= skip && page.Count < query.PageSize)
            {
                page.Add(posting.ToSummary());
            }

            total++;
        }

        return new PagedResult<PostingSummaryDto>(page, total, query.Page, query.PageSize);
    }

    /// <summary>
    /// What decides which postings the signed-in student may apply to; null when they may apply to none. Three small
    /// indexed lookups: cheaper, measured, than one query that shapes two nested collections.
    /// </summary>
    private async Task<StudentEligibility?> StudentEligibilityAsync(CancellationToken cancellationToken)
    {
        var studentId = user.StudentId;
        var me = await db.Students.AsNoTracking().Where(s => s.Id == studentId)
            .Select(s => new { s.Grade, s.DateOfBirth, s.IsActive })
            .FirstOrDefaultAsync(cancellationToken);
        if (me is null || !me.IsActive || !Grades.IsInternshipGrade(me.Grade))
        {
            return null;
        }

        var pathwayIds = await db.PathwayEnrolments.AsNoTracking().Where(e => e.StudentId == studentId && e.EndedOn == null)
            .Select(e => e.PathwayId).ToListAsync(cancellationToken);
        if (pathwayIds.Count == 0)
        {
            return null;
        }

        var held = await db.HeldBadgeIdsAsync(HeldBadges.StudentKey(studentId!.Value), clock.UtcNow, cancellationToken);
        return new StudentEligibility(GradeMask.For(me.Grade), me.DateOfBirth, pathwayIds.ToHashSet(), held);
    }

    /// <summary>The rules of <see cref="InternshipPosting.EligibilityProblems"/>, applied to catalogue entries.</summary>
    private sealed record StudentEligibility(int GradeBit, DateOnly DateOfBirth, HashSet<int> PathwayIds, HashSet<int> HeldBadgeIds)
    {
        public bool Allows(CatalogEntry p) =>
            (p.EligibleGradeMask & GradeBit) != 0
            && (p.MinimumAge is not { } minimumAge || p.StartDate.AddYears(-minimumAge) >= DateOfBirth)
            && p.PathwayIds.Any(PathwayIds.Contains)
            && p.RequiredBadgeIds.All(HeldBadgeIds.Contains);
    }

    private async Task<PagedResult<PostingSummaryDto>> SearchDatabaseAsync(SearchPostingsQuery query, CancellationToken cancellationToken)
    {
        var postings = FilterByStatus(db.Postings.AsNoTracking(), query.Status!.Value);

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Contains(query.Q);
            postings = postings.Where(p => EF.Functions.Like(p.Title, pattern, Like.Escape)
                || EF.Functions.Like(p.Description, pattern, Like.Escape)
                || EF.Functions.Like(p.Employer!.Name, pattern, Like.Escape));
        }

        if (query.PathwayId is { } pathwayId)
        {
            postings = postings.Where(p => p.Pathways.Any(pp => pp.PathwayId == pathwayId));
        }

        if (query.MinWage is { } minWage)
        {
            postings = postings.Where(p => p.HourlyWage >= minWage);
        }

        if (query.MaxWage is { } maxWage)
        {
            postings = postings.Where(p => p.HourlyWage <= maxWage);
        }

        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            var pattern = Like.Contains(query.Location);
            postings = postings.Where(p => EF.Functions.Like(p.Location!, pattern, Like.Escape));
        }

        if (query.Remote is { } remote)
        {
            postings = postings.Where(p => p.IsRemote == remote);
        }

        if (query.EmployerId is { } employerId)
        {
            postings = postings.Where(p => p.EmployerId == employerId);
        }

        var ordered = query.Sort?.ToLowerInvariant() switch
        {
            PostingSort.Wage => postings.OrderByDescending(p => p.HourlyWage).ThenBy(p => p.Id),
            PostingSort.Newest => postings.OrderByDescending(p => p.OpenedAt).ThenByDescending(p => p.Id),
            PostingSort.Title => postings.OrderBy(p => p.Title).ThenBy(p => p.Id),
            _ => postings.OrderBy(p => p.ApplicationDeadline).ThenBy(p => p.Id),
        };

        return await ordered
            .Select(p => new PostingSummaryDto(
                p.Id, p.Title, p.EmployerId, p.Employer!.Name, p.Pathways.Select(x => x.PathwayId).ToList(),
                p.RequiredBadges.Select(x => x.BadgeClassId).ToList(),
                p.HourlyWage, p.HoursPerWeek, p.StartDate, p.EndDate, p.Location, p.IsRemote, p.ApplicationDeadline,
                p.Slots - p.FilledSlots, p.Status))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }

    /// <summary>Postings of one status: published ones to anyone; drafts and submissions to coordinators and their own employer.</summary>
    private IQueryable<InternshipPosting> FilterByStatus(IQueryable<InternshipPosting> postings, PostingStatus status)
    {
        postings = postings.Where(p => p.Status == status);
        if (status is PostingStatus.Open or PostingStatus.Filled or PostingStatus.Closed || user.IsInRole(Roles.Coordinator))
        {
            return postings;
        }

        // Drafts and submissions are the employer's own business until the district opens them.
        if (user.EmployerId is { } ownEmployer && (user.IsInRole(Roles.EmployerAdmin) || user.IsInRole(Roles.Supervisor)))
        {
            return postings.Where(p => p.EmployerId == ownEmployer);
        }

        throw new ForbiddenAccessException("Only coordinators and the posting's employer can list unpublished postings.");
    }
}
