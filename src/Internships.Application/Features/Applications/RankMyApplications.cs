using Internships.Domain.Applications;

namespace Internships.Application.Features.Applications;

/// <summary>The student puts their pending applications in order of preference, first choice first.</summary>
[Authorize(Roles.Student)]
public sealed record RankMyApplicationsCommand(IReadOnlyList<int>? ApplicationIds) : ICommand;

public sealed class RankMyApplicationsValidator : AbstractValidator<RankMyApplicationsCommand>
{
    public RankMyApplicationsValidator() =>
        RuleFor(x => x.ApplicationIds).NotEmpty().WithMessageKey("Applications.RankRequired")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessageKey("Applications.RankTwice")
            .Must(ids => ids is null || ids.Count <= 100).WithMessageKey("Applications.RankTooMany");
}

public sealed class RankMyApplicationsHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<RankMyApplicationsCommand>
{
    public async ValueTask<Unit> Handle(RankMyApplicationsCommand command, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        var pending = await db.Applications
            .Where(a => a.StudentId == studentId
                && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.UnderReview || a.Status == ApplicationStatus.Offered))
            .ToListAsync(cancellationToken);

        var ranked = command.ApplicationIds!;
        if (pending.Count != ranked.Count || pending.Any(a => !ranked.Contains(a.Id)))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(
                nameof(command.ApplicationIds), "List each of your pending applications exactly once.")]);
        }

        foreach (var application in pending)
        {
            application.ChangeRank(ranked.ToList().IndexOf(application.Id) + 1);
        }

        return Unit.Value;
    }
}
