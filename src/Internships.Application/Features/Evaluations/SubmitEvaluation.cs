using System.Text.Json.Serialization;
using Internships.Application.Features.Placements;
using Internships.Domain.Common;
using Internships.Domain.Evaluations;

namespace Internships.Application.Features.Evaluations;

public sealed record RatingInput(string Competency, int Score, string? Comment);

/// <summary>
/// The intern's own supervisor submits the midpoint or final evaluation: every rubric competency 1–4, and a testimonial.
/// A coordinator may record it for a supervisor who cannot (absent, gone); it is marked as recorded on their behalf.
/// </summary>
[Authorize(Roles.Supervisor, Roles.Coordinator)]
public sealed record SubmitEvaluationCommand(EvaluationKind Kind, IReadOnlyList<RatingInput>? Ratings, string Testimonial) : ICommand<EvaluationDto>
{
    [JsonIgnore]
    public int PlacementId { get; init; }
}

public sealed class SubmitEvaluationValidator : AbstractValidator<SubmitEvaluationCommand>
{
    public SubmitEvaluationValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessageKey("Evaluations.ChooseKind");
        RuleFor(x => x.Ratings).NotEmpty().WithMessageKey("Evaluations.RatingsRequired")
            .Must(r => r is null || r.Select(x => x.Competency).Distinct().Count() == r.Count).WithMessageKey("Evaluations.RatedTwice");
        RuleForEach(x => x.Ratings).ChildRules(rating =>
        {
            rating.RuleFor(r => r.Competency).NotEmpty().WithMessageKey("Evaluations.CompetencyRequired")
                .MaximumLength(40).WithMessageKey("Evaluations.CompetencyUnknown");
            rating.RuleFor(r => r.Score).InclusiveBetween(RubricCompetency.LowestScore, RubricCompetency.HighestScore)
                .WithMessageKey("Evaluations.ScoreRange");
            rating.RuleFor(r => r.Comment).MaximumLength(1000).WithMessageKey("Evaluations.CommentTooLong");
        });
        RuleFor(x => x.Testimonial).NotEmpty().WithMessageKey("Evaluations.TestimonialRequired")
            .MaximumLength(2000).WithMessageKey("Evaluations.TestimonialTooLong");
    }
}

public sealed class SubmitEvaluationAuthorizer(RecordAccess access) : IResourceAuthorizer<SubmitEvaluationCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(SubmitEvaluationCommand request, CancellationToken cancellationToken) =>
        access.ToSuperviseOrStandInAsync(request.PlacementId, cancellationToken);
}

public sealed class SubmitEvaluationHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<SubmitEvaluationCommand, EvaluationDto>
{
    public async ValueTask<EvaluationDto> Handle(SubmitEvaluationCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        if (await db.Evaluations.AnyAsync(e => e.PlacementId == placement.Id && e.Kind == command.Kind, cancellationToken))
        {
            throw new ConflictException(command.Kind == EvaluationKind.Final ? RuleKeys.Evaluations.FinalAlreadyIn : RuleKeys.Evaluations.MidpointAlreadyIn,
                $"The {command.Kind.ToString().ToLowerInvariant()} evaluation is already in.");
        }

        var rubric = await db.RubricCompetencies.Where(c => c.IsActive).ToListAsync(cancellationToken);
        var scores = command.Ratings!.ToDictionary(r => r.Competency.Trim().ToLowerInvariant(), r => (r.Score, r.Comment));
        var evaluation = user.IsInRole(Roles.Supervisor) && user.SupervisorId is { } me && placement.SupervisorId == me
            ? Evaluation.Submit(placement, command.Kind, me, rubric, scores, command.Testimonial, clock.UtcNow)
            : Evaluation.SubmitOnBehalf(placement, command.Kind, rubric, scores, command.Testimonial, user.AccountName(), clock.UtcNow);
        db.Evaluations.Add(evaluation);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return EvaluationDto.From(evaluation);
    }
}
