using Internships.Application.Features.Students;

namespace Internships.Application.Features.Roster;

/// <summary>
/// A coordinator confirms suggested pathway enrolments: each student is enrolled (from today) by the same use case as
/// enrolling one by hand, and the suggestion is marked confirmed. All or none: an unknown or already decided suggestion
/// refuses the whole list.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ConfirmPathwaySuggestionsCommand(IReadOnlyList<int> SuggestionIds) : ICommand<SuggestionDecisionDto>;

public sealed class ConfirmPathwaySuggestionsValidator : AbstractValidator<ConfirmPathwaySuggestionsCommand>
{
    public ConfirmPathwaySuggestionsValidator() => RuleFor(x => x.SuggestionIds).SuggestionIds();
}

public sealed class ConfirmPathwaySuggestionsHandler(IAppDbContext db, ISender sender, ICurrentUser user, IClock clock)
    : ICommandHandler<ConfirmPathwaySuggestionsCommand, SuggestionDecisionDto>
{
    public async ValueTask<SuggestionDecisionDto> Handle(ConfirmPathwaySuggestionsCommand command, CancellationToken cancellationToken)
    {
        var suggestions = await db.PendingSuggestionsAsync(command.SuggestionIds, cancellationToken);
        var enrolled = await db.ActiveEnrolmentsAsync(suggestions, cancellationToken);
        var enrolledNow = 0;
        foreach (var suggestion in suggestions)
        {
            if (enrolled.Add((suggestion.StudentId, suggestion.PathwayId)))
            {
                await sender.Send(new EnrolStudentCommand(suggestion.PathwayId, null) { StudentId = suggestion.StudentId }, cancellationToken);
                enrolledNow++;
            }

            suggestion.Confirm(user.UserName ?? "unknown", clock.UtcNow);
        }

        return new SuggestionDecisionDto(suggestions.Count, enrolledNow);
    }
}
