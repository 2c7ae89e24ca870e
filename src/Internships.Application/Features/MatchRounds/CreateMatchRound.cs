using Internships.Application.Features.Terms;
using Internships.Domain.Common;
using Internships.Domain.Matching;
using Internships.Domain.Postings;

namespace Internships.Application.Features.MatchRounds;

/// <summary>
/// A coordinator opens a matching round for a term: the postings taking part (by default every open posting, each
/// with its remaining places) and the students who may rank them (active students of the given grades, 11 and 12
/// by default, enrolled in at least one pathway, optionally from some schools only, or the students named). The term is
/// one the district configured (<c>termId</c>, whose name the round takes) or, failing that, a name.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record CreateMatchRoundCommand(
    string Name,
    string Term,
    DateOnly PreferenceDeadline,
    int MaxChoices = MatchRound.DefaultMaxChoices,
    bool AllowOtherPathways = false,
    IReadOnlyList<int>? PostingIds = null,
    IReadOnlyList<int>? Grades = null,
    IReadOnlyList<int>? SchoolIds = null,
    IReadOnlyList<int>? StudentIds = null,
    int? TermId = null) : ICommand<MatchRoundDto>;

public sealed class CreateMatchRoundValidator : AbstractValidator<CreateMatchRoundCommand>
{
    public CreateMatchRoundValidator(IClock clock)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("MatchRounds.NameRequired").MaximumLength(120).WithMessageKey("MatchRounds.NameTooLong");
        RuleFor(x => x.Term).NotEmpty().When(x => x.TermId is null).WithMessageKey("MatchRounds.TermRequired")
            .MaximumLength(60).WithMessageKey("MatchRounds.TermTooLong");
        RuleFor(x => x.PreferenceDeadline).GreaterThanOrEqualTo(_ => clock.Today).WithMessageKey("MatchRounds.DeadlinePast");
        RuleFor(x => x.MaxChoices).InclusiveBetween(1, MatchRound.MaxChoicesLimit)
            .WithMessage(_ => ValidationText.Format("MatchRounds.MaxChoicesRange", MatchRound.MaxChoicesLimit));
        RuleFor(x => x.PostingIds).Must(ids => ids!.Count > 0 && ids.Count <= 10_000 && ids.Distinct().Count() == ids.Count)
            .When(x => x.PostingIds is not null).WithMessageKey("MatchRounds.PostingsOnce");
        RuleFor(x => x.Grades).Must(g => g!.Count > 0 && g.All(Grades.IsInternshipGrade))
            .When(x => x.Grades is not null).WithMessageKey("MatchRounds.Grades");
        RuleFor(x => x.SchoolIds).Must(ids => ids!.Count > 0).When(x => x.SchoolIds is not null).WithMessageKey("MatchRounds.SchoolsEmpty");
        RuleFor(x => x.StudentIds).Must(ids => ids!.Count > 0 && ids.Distinct().Count() == ids.Count)
            .When(x => x.StudentIds is not null).WithMessageKey("MatchRounds.StudentsOnce");
    }
}

public sealed class CreateMatchRoundHandler(IAppDbContext db, IBulkWriter bulk, IClock clock) : ICommandHandler<CreateMatchRoundCommand, MatchRoundDto>
{
    public async ValueTask<MatchRoundDto> Handle(CreateMatchRoundCommand command, CancellationToken cancellationToken)
    {
        var postings = db.Postings.Where(p => p.Status == PostingStatus.Open);
        if (command.PostingIds is { } postingIds)
        {
            postings = postings.Where(p => postingIds.Contains(p.Id));
        }

        var places = await postings.OrderBy(p => p.Id).Select(p => new { p.Id, Remaining = p.Slots - p.FilledSlots }).ToListAsync(cancellationToken);
        if (command.PostingIds is { } listed && places.Count < listed.Count)
        {
            var missing = listed.Except(places.Select(p => p.Id)).First();
            var title = await db.Postings.Where(p => p.Id == missing).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken);
            throw title is null
                ? new DomainRuleException(RuleKeys.Matching.UnknownPosting, "One of the chosen postings does not exist.")
                : new DomainRuleException(RuleKeys.Matching.PostingNotOpen, $"'{title}' is not open; only open, approved postings take part in a round.", title);
        }

        var termName = command.TermId is { } termId ? (await db.FindTermAsync(termId, cancellationToken)).Name : command.Term;
        var round = MatchRound.Create(command.Name, termName, command.MaxChoices, command.PreferenceDeadline, command.AllowOtherPathways,
            places.Select(p => (p.Id, p.Remaining)), clock.Today, clock.UtcNow);
        db.MatchRounds.Add(round);
        // Saved here for the round's id, which its participants need; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);

        var grades = command.Grades ?? Grades.Internship;
        var students = db.Students.Where(s => s.IsActive && grades.Contains(s.Grade) && s.Enrolments.Any(e => e.EndedOn == null));
        if (command.SchoolIds is { } schoolIds)
        {
            students = students.Where(s => schoolIds.Contains(s.SchoolId));
        }

        if (command.StudentIds is { } named)
        {
            students = students.Where(s => named.Contains(s.Id));
        }

        var studentIds = await students.Select(s => s.Id).ToListAsync(cancellationToken);
        if (command.StudentIds is { } wanted && studentIds.Count < wanted.Count)
        {
            var left = wanted.Except(studentIds).First();
            var name = await db.Students.Where(s => s.Id == left).Select(s => s.FirstName + " " + s.LastName).FirstOrDefaultAsync(cancellationToken);
            throw name is null
                ? new DomainRuleException(RuleKeys.Matching.AStudentCannotTakePart,
                    "One of the students cannot take part: only active students of the round's grades enrolled in a pathway do.")
                : new DomainRuleException(RuleKeys.Matching.StudentCannotTakePart,
                    $"{name} cannot take part: only active students of the round's grades enrolled in a pathway do.", name);
        }

        // Written in bulk in the command's transaction: a state round names 100,000 students, which tracked inserts took ~15 s to save.
        await bulk.InsertAsync(studentIds.Select(id => new MatchParticipant(round.Id, id)).ToList(), cancellationToken);
        return await db.SaveAndReadRoundAsync(round.Id, cancellationToken);
    }
}
