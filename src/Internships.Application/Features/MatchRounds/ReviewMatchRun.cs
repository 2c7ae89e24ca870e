using System.Globalization;
using CsvHelper;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Models;
using Internships.Application.Common.Security;
using Internships.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.MatchRounds;

/// <summary>A round's runs, newest first: for coordinators.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListMatchRunsQuery(int RoundId) : IQuery<IReadOnlyList<MatchRunDto>>;

public sealed class ListMatchRunsAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ListMatchRunsQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListMatchRunsQuery request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class ListMatchRunsHandler(IAppDbContext db) : IQueryHandler<ListMatchRunsQuery, IReadOnlyList<MatchRunDto>>
{
    public async ValueTask<IReadOnlyList<MatchRunDto>> Handle(ListMatchRunsQuery query, CancellationToken cancellationToken)
    {
        var published = await db.MatchRounds.Where(r => r.Id == query.RoundId).Select(r => r.PublishedRunNumber).FirstAsync(cancellationToken);
        var runs = await db.MatchRuns.AsNoTracking().Where(r => r.RoundId == query.RoundId).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        return runs.Select(r => MatchRunDto.From(r, published)).ToList();
    }
}

public sealed record MatchRunReviewDto(
    MatchRunDto Run,
    IReadOnlyDictionary<UnmatchedReason, int> UnmatchedByReason,
    IReadOnlyList<UnfilledPostingDto> UnfilledPostings,
    IReadOnlyList<GroupOutcomeDto> ByPathway,
    IReadOnlyList<GroupOutcomeDto> BySchool,
    IReadOnlyList<GroupOutcomeDto> ByGrade);

public sealed record UnfilledPostingDto(int PostingId, string Title, string EmployerName, int Capacity, int Filled);

/// <summary>Participants and matched students in one group (a pathway counts every student enrolled in it).</summary>
public sealed record GroupOutcomeDto(string Group, int Participants, int Matched, int FirstChoice);

/// <summary>
/// What a coordinator reviews before publishing: who got which choice, unmatched students by reason, places left
/// unfilled, and the outcome by pathway, school and grade for an equity check.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record GetMatchRunQuery(int RoundId, int Number) : IQuery<MatchRunReviewDto>;

public sealed class GetMatchRunAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<GetMatchRunQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetMatchRunQuery request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class GetMatchRunHandler(IAppDbContext db) : IQueryHandler<GetMatchRunQuery, MatchRunReviewDto>
{
    public async ValueTask<MatchRunReviewDto> Handle(GetMatchRunQuery query, CancellationToken cancellationToken)
    {
        var run = await db.FindRunAsync(query.RoundId, query.Number, cancellationToken);
        var round = await db.MatchRounds.AsNoTracking().Include(r => r.Postings).FirstAsync(r => r.Id == query.RoundId, cancellationToken);
        var outcomes = await (
                from o in db.MatchOutcomes
                where o.RunId == run.Id
                join s in db.Students on o.StudentId equals s.Id
                join sc in db.Schools on s.SchoolId equals sc.Id
                select new { o.StudentId, o.PostingId, o.ChoiceNumber, o.Reason, s.Grade, School = sc.Name })
            .ToListAsync(cancellationToken);
        var pathwaysOf = await (
                from e in db.PathwayEnrolments
                where e.EndedOn == null && db.MatchParticipants.Any(p => p.RoundId == query.RoundId && p.StudentId == e.StudentId)
                join pw in db.Pathways on e.PathwayId equals pw.Id
                select new { e.StudentId, pw.Name })
            .ToListAsync(cancellationToken);

        var filled = outcomes.Where(o => o.PostingId is not null).GroupBy(o => o.PostingId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var short_ = round.Postings.Where(p => filled.GetValueOrDefault(p.PostingId) < p.Capacity).ToList();
        var shortIds = short_.Select(p => p.PostingId).ToList();
        var names = await db.Postings.Where(p => shortIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, Employer = p.Employer!.Name }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var unfilled = short_
            .Select(p => new UnfilledPostingDto(p.PostingId, names[p.PostingId].Title, names[p.PostingId].Employer, p.Capacity, filled.GetValueOrDefault(p.PostingId)))
            .OrderByDescending(p => p.Capacity - p.Filled).ThenBy(p => p.Title).ToList();

        var byStudent = outcomes.ToDictionary(o => o.StudentId);
        static GroupOutcomeDto Group<T>(string name, IEnumerable<T> members, Func<T, bool> matched, Func<T, bool> first)
        {
            var list = members.ToList();
            return new GroupOutcomeDto(name, list.Count, list.Count(matched), list.Count(first));
        }

        var byPathway = pathwaysOf.GroupBy(p => p.Name).OrderBy(g => g.Key)
            .Select(g => Group(g.Key, g.Select(p => byStudent[p.StudentId]), o => o.PostingId is not null, o => o.ChoiceNumber == 1)).ToList();
        var bySchool = outcomes.GroupBy(o => o.School).OrderBy(g => g.Key)
            .Select(g => Group(g.Key, g, o => o.PostingId is not null, o => o.ChoiceNumber == 1)).ToList();
        var byGrade = outcomes.GroupBy(o => o.Grade).OrderBy(g => g.Key)
            .Select(g => Group($"Grade {g.Key}", g, o => o.PostingId is not null, o => o.ChoiceNumber == 1)).ToList();
        var byReason = outcomes.Where(o => o.Reason is not null).GroupBy(o => o.Reason!.Value).ToDictionary(g => g.Key, g => g.Count());

        return new MatchRunReviewDto(MatchRunDto.From(run, round.PublishedRunNumber), byReason, unfilled, byPathway, bySchool, byGrade);
    }
}

public sealed record MatchOutcomeDto(int StudentId, string StudentName, string SisId, string School, int Grade,
    int? PostingId, string? PostingTitle, string? EmployerName, int? ChoiceNumber, UnmatchedReason? Reason);

/// <summary>Each participant's outcome in a run, by student name; filter to the matched or unmatched ones.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListMatchOutcomesQuery(int RoundId, int Number, bool? Matched = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<MatchOutcomeDto>>, IPagedRequest;

public sealed class ListMatchOutcomesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ListMatchOutcomesQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListMatchOutcomesQuery request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class ListMatchOutcomesHandler(IAppDbContext db) : IQueryHandler<ListMatchOutcomesQuery, PagedResult<MatchOutcomeDto>>
{
    public async ValueTask<PagedResult<MatchOutcomeDto>> Handle(ListMatchOutcomesQuery query, CancellationToken cancellationToken)
    {
        var run = await db.FindRunAsync(query.RoundId, query.Number, cancellationToken);
        return await MatchOutcomeRows.Of(db, run.Id, query.Matched).ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

/// <summary>A run's outcomes as CSV, one row per participant, for coordinators' records and spreadsheets.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ExportMatchRunQuery(int RoundId, int Number) : IQuery<string>;

public sealed class ExportMatchRunAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ExportMatchRunQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ExportMatchRunQuery request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class ExportMatchRunHandler(IAppDbContext db) : IQueryHandler<ExportMatchRunQuery, string>
{
    public async ValueTask<string> Handle(ExportMatchRunQuery query, CancellationToken cancellationToken)
    {
        var run = await db.FindRunAsync(query.RoundId, query.Number, cancellationToken);
        var rows = await MatchOutcomeRows.Of(db, run.Id, null).ToListAsync(cancellationToken);

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "round", "run", "seed", "student_sis_id", "student_name", "school", "grade", "posting_id", "posting_title", "employer", "choice", "unmatched_reason" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            csv.WriteField(query.RoundId);
            csv.WriteField(run.Number);
            csv.WriteField(run.Seed);
            csv.WriteField(row.SisId);
            csv.WriteField(row.StudentName);
            csv.WriteField(row.School);
            csv.WriteField(row.Grade);
            csv.WriteField(row.PostingId);
            csv.WriteField(row.PostingTitle);
            csv.WriteField(row.EmployerName);
            csv.WriteField(row.ChoiceNumber);
            csv.WriteField(row.Reason?.ToString());
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        return text.ToString();
    }
}

internal static class MatchOutcomeRows
{
    public static IQueryable<MatchOutcomeDto> Of(IAppDbContext db, int runId, bool? matched)
    {
        var outcomes = db.MatchOutcomes.Where(o => o.RunId == runId);
        if (matched is { } isMatched)
        {
            outcomes = isMatched ? outcomes.Where(o => o.PostingId != null) : outcomes.Where(o => o.PostingId == null);
        }

        return from o in outcomes
            join s in db.Students on o.StudentId equals s.Id
            join sc in db.Schools on s.SchoolId equals sc.Id
            join p in db.Postings on o.PostingId equals (int?)p.Id into placed
            from p in placed.DefaultIfEmpty()
            orderby s.LastName, s.FirstName, s.Id
            select new MatchOutcomeDto(s.Id, s.FirstName + " " + s.LastName, s.SisId, sc.Name, s.Grade,
                o.PostingId, p == null ? null : p.Title, p == null ? null : p.Employer!.Name, o.ChoiceNumber, o.Reason);
    }
}
