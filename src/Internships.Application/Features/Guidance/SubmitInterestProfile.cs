using System.Globalization;
using Internships.Domain.Guidance;

namespace Internships.Application.Features.Guidance;

/// <summary>
/// A student's answers to the interest questionnaire, one per statement in order, each 1 (not for me), 2 (maybe) or
/// 3 (I'd love it). Taking it again replaces the earlier answers.
/// </summary>
[Authorize(Roles.Student)]
public sealed record SubmitInterestProfileCommand(IReadOnlyList<int?>? Answers) : ICommand<InterestProfileDto>;

public sealed class SubmitInterestProfileValidator : AbstractValidator<SubmitInterestProfileCommand>
{
    /// <param name="statements">The statements' words in the request's language (the API quotes them as the page does).</param>
    public SubmitInterestProfileValidator(IInterestStatementWords? statements = null)
    {
        RuleFor(x => x.Answers).Cascade(CascadeMode.Stop)
            .NotNull().WithMessageKey("Guidance.AnswerQuestionnaire")
            .Must(a => a!.Count == InterestQuestionnaire.Count)
            .WithMessageKey("Guidance.AnswerAll");
        RuleFor(x => x.Answers).Custom((answers, context) =>
        {
            if (answers?.Count != InterestQuestionnaire.Count)
            {
                return;
            }

            for (var i = 0; i < answers.Count; i++)
            {
                if (answers[i] is not { } value || !InterestQuestionnaire.IsAnswer(value))
                {
                    context.AddFailure($"Answers[{i}]", string.Format(CultureInfo.CurrentCulture, ValidationText.Get("Guidance.ChooseAnswer"),
                        statements?.Of(InterestQuestionnaire.Items[i]) ?? InterestQuestionnaire.Items[i].Text));
                }
            }
        });
    }
}

public sealed class SubmitInterestProfileHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<SubmitInterestProfileCommand, InterestProfileDto>
{
    public async ValueTask<InterestProfileDto> Handle(SubmitInterestProfileCommand command, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Only a student takes the interest questionnaire.");
        var answers = command.Answers!.Select(a => a!.Value).ToList();
        // A double tap sends the answers twice: the second waits for the first and replaces its answers instead of adding
        // a second profile that the one-per-student index would refuse.
        await db.LockForTransactionAsync("interest-profile", studentId, cancellationToken);
        var profile = await db.InterestProfiles.FirstOrDefaultAsync(p => p.StudentId == studentId, cancellationToken);
        if (profile is null)
        {
            profile = new InterestProfile(studentId, answers, clock.UtcNow);
            db.InterestProfiles.Add(profile);
        }
        else
        {
            profile.Retake(answers, clock.UtcNow);
        }

        return await db.ToDtoAsync(profile, cancellationToken);
    }
}
