using System.Globalization;
using System.Diagnostics;
using Internships.Application.Common.Diagnostics;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Postings;

/// <summary>
/// Searches postings. Without a status it lists those taking applications today (from <see cref="IOpenPostingsCatalog"/>).
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
    public SearchPostingsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100).WithMessageKey("Postings.SearchTooLong");
        RuleFor(x => x.Location).MaximumLength(100).WithMessageKey("Postings.LocationTooLong");
        RuleFor(x => x.MinWage).GreaterThanOrEqualTo(0).WithMessageKey("Postings.MinWageNegative");
        // A predicate, not GreaterThanOrEqualTo(x => x.MinWage ?? 0): that expression is compiled each time the validator
        // is built, which is every search.
        RuleFor(x => x.MaxWage).Must((query, max) => max is null || max >= (query.MinWage ?? 0))
            .WithMessageKey("Postings.MaxWageBelowMin");
        RuleFor(x => x.Sort).Must(s => s is null || PostingSort.All.Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, ValidationText.Get("Postings.SortOneOf"), string.Join(", ", PostingSort.All)));
        RuleFor(x => x.Status).IsInEnum().WithMessageKey("Postings.StatusOneOf");
    }
}

/// <summary>What only some may ask: eligibility is a student's; other statuses than open are for employers and staff.
/// Apart from <see cref="SearchPostingsValidator"/>, which needs no user and is built once for the process.</summary>
public sealed class SearchPostingsByRoleValidator : AbstractValidator<SearchPostingsQuery>
{
    public SearchPostingsByRoleValidator(ICurrentUser user)
    {
        RuleFor(x => x.EligibleOnly).Equal(false).When(_ => !user.IsInRole(Roles.Student))
            .WithMessageKey("Postings.EligibleOnlyStudents");
        RuleFor(x => x.Status).Null().When(_ => user.IsInRole(Roles.Student))
            .WithMessageKey("Postings.StudentsSeeOpen");
    }
}

/// <summary>
/// Two paths, one per kind of list. Without a status (what students browse: postings taking applications today) the
/// search reads <see cref="IOpenPostingsCatalog"/>; with a status (employers and coordinators managing drafts,
/// submissions, open, filled and closed postings, where a list must be exact at once on every host) it reads the
/// database. Both order by <see cref="PostingSort.Order{T}"/>. Each filter is written once per path (SQL LIKE and
/// navigations there, the snapshot's folded text and id lists here); SearchAgreementTests proves the two paths list
/// the same open postings in every order and filter. Eligibility is decided only on the catalogue path (students, who
/// ask for it, never give a status), by <see cref="EligibilityRequirements"/>: the rule applying uses.
/// </summary>
public sealed class SearchPostingsHandler(IAppDbContext db, ICurrentUser user, IClock clock, IOpenPostingsCatalog catalog)
    : IQueryHandler<SearchPostingsQuery, PagedResult<PostingSummaryDto>>
{
    public async ValueTask<PagedResult<PostingSummaryDto>> Handle(SearchPostingsQuery query, CancellationToken cancellationToken)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var fromCatalog = query.Status is null;
        var page = fromCatalog ? await SearchCatalogAsync(query, cancellationToken) : await SearchDatabaseAsync(query, cancellationToken);
        ProductTelemetry.RecordSearch(startedAt, fromCatalog ? "catalog" : "database");
        return page;
    }

    private async Task<PagedResult<PostingSummaryDto>> SearchCatalogAsync(SearchPostingsQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await catalog.CurrentAsync(cancellationToken);
        Applicant? applicant = null;
        if (query.EligibleOnly)
        {
            applicant = user.StudentId is { } studentId ? await db.ReadApplicantAsync(studentId, clock.UtcNow, cancellationToken) : null;
            if (applicant is null)
            {
                return new PagedResult<PostingSummaryDto>([], 0, query.Page, query.PageSize);
            }
        }

        var listed = snapshot.Listed(CatalogFilter.For(query, clock.Today));
        var skip = (query.Page - 1) * query.PageSize;
        if (applicant is null)
        {
            var onPage = listed.Skip(skip).Take(query.PageSize).Select(p => p.Summary).ToList();
            return new PagedResult<PostingSummaryDto>(onPage, listed.Count, query.Page, query.PageSize);
        }

        // Eligibility is the student's own, so it is checked on each search, over the list the other filters left.
        var (eligible, total) = EligiblePage(listed, applicant, skip, query.PageSize);
        return new PagedResult<PostingSummaryDto>(eligible, total, query.Page, query.PageSize);
    }

    /// <summary>
    /// The page of <paramref name="listed"/> that <paramref name="applicant"/> may apply to, and how many there are in all.
    /// It reads the list's <see cref="CatalogList.Screens"/> in order, one small value per posting, so judging thousands
    /// of postings does not visit each posting's lists. An entry is read when it lands on the page, and its rule when the
    /// screen cannot decide alone (<see cref="EligibilityScreen"/>).
    /// </summary>
    private static (List<PostingSummaryDto> Page, int Total) EligiblePage(CatalogList listed, Applicant applicant, int skip, int pageSize)
    {
        var student = new ApplicantScreen(applicant);
        var screens = listed.Screens;
        var total = 0;
        var page = new List<PostingSummaryDto>(pageSize);
        for (var i = 0; i < screens.Length; i++)
        {
            if (!screens[i].Admits(student))
            {
                continue;
            }

            if (total >= skip && page.Count < pageSize)
            {
                page.Add(listed[i].Summary);
            }

            total++;
        }

        return (page, total);
    }

    private async Task<PagedResult<PostingSummaryDto>> SearchDatabaseAsync(SearchPostingsQuery query, CancellationToken cancellationToken)
    {
        var postings = FilterByStatus(db.Postings.AsNoTracking(), query.Status!.Value);

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Contains(query.Q);
            postings = postings.Where(p => Like.Matches(p.Title, pattern)
                || Like.Matches(p.Description, pattern)
                || Like.Matches(p.Employer!.Name, pattern));
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
            postings = postings.Where(p => Like.Matches(p.Location, pattern));
        }

        if (query.Remote is { } remote)
        {
            postings = postings.Where(p => p.IsRemote == remote);
        }

        if (query.EmployerId is { } employerId)
        {
            postings = postings.Where(p => p.EmployerId == employerId);
        }

        return await PostingSort.Order(postings, query.Sort).Select(PostingQueries.Summary)
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
