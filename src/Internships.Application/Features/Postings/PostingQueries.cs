using System.Linq.Expressions;
using Internships.Domain.Badges;
using Internships.Domain.Postings;
using Internships.Domain.Students;

namespace Internships.Application.Features.Postings;

/// <summary>The orders a search can list postings in, each defined once for the database and the search catalogue.</summary>
public static class PostingSort
{
    /// <summary>Soonest application deadline first (the default).</summary>
    public const string Deadline = "deadline";

    /// <summary>Highest hourly wage first.</summary>
    public const string Wage = "wage";

    /// <summary>Most recently opened first.</summary>
    public const string Newest = "newest";

    /// <summary>By title, A to Z.</summary>
    public const string Title = "title";

    public static readonly IReadOnlyList<string> All = [Deadline, Wage, Newest, Title];

    /// <summary>The order named by <paramref name="sort"/> (any case; the deadline order when none or unknown).</summary>
    public static string Normalize(string? sort) =>
        All.FirstOrDefault(s => string.Equals(s, sort, StringComparison.OrdinalIgnoreCase)) ?? Deadline;

    /// <summary>
    /// Orders postings: a key, then the id as the tie-break so pages never overlap. The same expressions order database
    /// rows (translated to SQL) and the catalogue's entries (in memory, through <see cref="Queryable.AsQueryable{T}(IEnumerable{T})"/>).
    /// Titles compare by the database's collation there; in memory by <paramref name="titles"/> when given.
    /// </summary>
    public static IOrderedQueryable<T> Order<T>(IQueryable<T> postings, string? sort, IComparer<string>? titles = null)
        where T : class, IPostingSortKeys => Normalize(sort) switch
        {
            Wage => postings.OrderByDescending(p => p.HourlyWage).ThenBy(p => p.Id),
            Newest => postings.OrderByDescending(p => p.OpenedAt).ThenByDescending(p => p.Id),
            Title => (titles is null ? postings.OrderBy(p => p.Title) : postings.OrderBy(p => p.Title, titles)).ThenBy(p => p.Id),
            _ => postings.OrderBy(p => p.ApplicationDeadline).ThenBy(p => p.Id),
        };
}

/// <summary>Reads of postings and of applicants that several use cases (and other areas) share.</summary>
internal static class PostingQueries
{
    /// <summary>A posting as a search lists it.</summary>
    public static readonly Expression<Func<InternshipPosting, PostingSummaryDto>> Summary = p => new PostingSummaryDto(
        p.Id, p.Title, p.EmployerId, p.Employer!.Name, p.Pathways.Select(x => x.PathwayId).ToList(), p.RequiredBadges.Select(x => x.BadgeClassId).ToList(),
        p.HourlyWage, p.HoursPerWeek, p.StartDate, p.EndDate, p.Location, p.IsRemote, p.ApplicationDeadline, p.Slots - p.FilledSlots, p.Status);

    /// <summary>
    /// Reads one posting with its employer, pathway and badge names, as every posting use case returns it. Names only,
    /// each list by its own indexed query: the includes this replaced joined the whole pathway and badge tables (with
    /// the badges' images) as derived tables SQLite could not narrow to the posting, about 60 ms a posting page.
    /// </summary>
    public static async Task<PostingDto> ReadPostingAsync(this IAppDbContext db, int postingId, CancellationToken cancellationToken)
    {
        var read = await db.Postings.AsNoTracking()
            .Where(x => x.Id == postingId)
            .Select(x => new { Posting = x, EmployerName = x.Employer!.Name })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Posting", postingId);
        var pathways = await db.Postings.Where(x => x.Id == postingId).SelectMany(x => x.Pathways)
            .Select(pp => new PathwayRef(pp.PathwayId, pp.Pathway!.Name)).ToListAsync(cancellationToken);
        var badges = await db.Postings.Where(x => x.Id == postingId).SelectMany(x => x.RequiredBadges)
            .Select(b => new BadgeRef(b.BadgeClassId, b.BadgeClass!.Name)).ToListAsync(cancellationToken);
        return PostingDto.Of(read.Posting, read.EmployerName, pathways, badges);
    }

    /// <summary>
    /// What the eligibility rule needs to know about a student, as applying would see it (active enrolments, badges held
    /// at <paramref name="now"/>); null when there is no such student. One query, compiled once: an eligible-only search
    /// runs it every time, and on a database server each round trip costs more than the rows it brings.
    /// </summary>
    public static async Task<Applicant?> ReadApplicantAsync(this IAppDbContext db, int studentId, DateTime now, CancellationToken cancellationToken)
    {
        var student = await ApplicantOf(db.AsDbContext(), studentId, now, cancellationToken);
        return student is null
            ? null
            : new Applicant(student.IsActive, student.Grade, student.DateOfBirth, student.ActivePathwayIds.ToHashSet(), student.HeldBadgeIds.ToHashSet());
    }

    // Both lists are a student's few rows (their pathways, their badges), so joining them in one answer stays small. The
    // badges are the student's by RecipientStudentId (indexed), which a student's recipient key always goes with.
    private static readonly Func<DbContext, int, DateTime, CancellationToken, Task<ApplicantRow?>> ApplicantOf =
        EF.CompileAsyncQuery((DbContext context, int studentId, DateTime now, CancellationToken _) => context.Set<Student>()
            .AsNoTracking()
            .Where(s => s.Id == studentId)
            .Select(s => new ApplicantRow(s.IsActive, s.Grade, s.DateOfBirth,
                s.Enrolments.Where(e => e.EndedOn == null).Select(e => e.PathwayId).ToList(),
                context.Set<BadgeAward>()
                    .Where(a => a.RecipientStudentId == s.Id && a.RevokedAt == null && (a.ExpiresAt == null || a.ExpiresAt > now))
                    .Select(a => a.BadgeClassId)
                    .ToList()))
            .FirstOrDefault());

    private sealed record ApplicantRow(bool IsActive, int Grade, DateOnly DateOfBirth, List<int> ActivePathwayIds, List<int> HeldBadgeIds);
}
