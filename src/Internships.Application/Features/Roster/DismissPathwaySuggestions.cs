namespace Internships.Application.Features.Roster;

/// <summary>A coordinator turns suggested pathway enrolments down; later imports do not suggest them again.</summary>
[Authorize(Roles.Coordinator)]
public sealed record DismissPathwaySuggestionsCommand(IReadOnlyList<int> SuggestionIds) : ICommand<SuggestionDecisionDto>;

public sealed class DismissPathwaySuggestionsValidator : AbstractValidator<DismissPathwaySuggestionsCommand>
{
    public DismissPathwaySuggestionsValidator() => RuleFor(x => x.SuggestionIds).SuggestionIds();
}

public sealed class DismissPathwaySuggestionsHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<DismissPathwaySuggestionsCommand, SuggestionDecisionDto>
{
    public async ValueTask<SuggestionDecisionDto> Handle(DismissPathwaySuggestionsCommand command, CancellationToken cancellationToken)
    {
        var suggestions = await db.PendingSuggestionsAsync(command.SuggestionIds, cancellationToken);
        foreach (var suggestion in suggestions)
        {
            suggestion.Dismiss(user.UserName ?? "unknown", clock.UtcNow);
        }

        return new SuggestionDecisionDto(suggestions.Count, 0);
    }
}
