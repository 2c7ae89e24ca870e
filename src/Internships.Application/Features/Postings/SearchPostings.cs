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
/// Searches postings. Without a status it lists those taking applications today. Students may narrow it to the
/// postings they are eligible for (grade, age on the start date, their pathways). Employers and coordinators
/// may ask for other statuses; an employer sees only its own drafts and submissions.
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

public sealed class SearchPostingsHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IQueryHandler<SearchPostingsQuery, PagedResult<PostingSummaryDto>>
{
    public async ValueTask<PagedResult<PostingSummaryDto>> Handle(SearchPostingsQuery query, CancellationToken cancellationToken)
    {
        var postings = FilterByStatus(db.Postings.AsNoTracking(), query);

        if (query.EligibleOnly)
        {
            var eligible = await RestrictToEligibleAsync(postings, cancellationToken);
            if (eligible is null)
            {
                return new PagedResult<PostingSummaryDto>([], 0, query.Page, query.PageSize);
            }

            postings = eligible;
        }

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

    private IQueryable<InternshipPosting> FilterByStatus(IQueryable<InternshipPosting> postings, SearchPostingsQuery query)
    {
        if (query.Status is not { } status)
        {
            var today = clock.Today;
            return postings.Where(p => p.Status == PostingStatus.Open && p.ApplicationDeadline >= today);
        }

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

    /// <summary>The postings the signed-in student may apply to, or null when they may apply to none.</summary>
    private async Task<IQueryable<InternshipPosting>?> RestrictToEligibleAsync(IQueryable<InternshipPosting> postings, CancellationToken cancellationToken)
    {
        var me = await db.Students.AsNoTracking()
            .Where(s => s.Id == user.StudentId)
            .Select(s => new
            {
                s.Grade,
                s.DateOfBirth,
                s.IsActive,
                PathwayIds = s.Enrolments.Where(e => e.EndedOn == null).Select(e => e.PathwayId).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (me is null || !me.IsActive || !Grades.IsInternshipGrade(me.Grade) || me.PathwayIds.Count == 0)
        {
            return null;
        }

        var gradeBit = GradeMask.For(me.Grade);
        var dateOfBirth = me.DateOfBirth;
        var pathwayIds = me.PathwayIds;
        var heldBadgeIds = (await db.HeldBadgeIdsAsync(HeldBadges.StudentKey(user.StudentId!.Value), clock.UtcNow, cancellationToken)).ToList();
        return postings.Where(p => (p.EligibleGradeMask & gradeBit) != 0
            && (p.MinimumAge == null || p.StartDate.AddYears(-p.MinimumAge.Value) >= dateOfBirth)
            && p.Pathways.Any(pp => pathwayIds.Contains(pp.PathwayId))
            && p.RequiredBadges.All(rb => heldBadgeIds.Contains(rb.BadgeClassId)));
    }
}
