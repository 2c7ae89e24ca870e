using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>A coordinator opens a cohort of a programme: dates, capacity, and the accounts that train, coach and observe it.</summary>
[Authorize(Roles.Coordinator)]
public sealed record CreateCohortCommand(string Name, DateOnly StartsOn, DateOnly EndsOn, int Capacity, int? TrainerUserId, int? CoachUserId, int? ObserverUserId)
    : ICommand<CohortDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int ProgrammeId { get; init; }

    /// <summary>The trainer named by e-mail address instead of id (as the coordinator's page asks); an id given wins.</summary>
    public string? TrainerEmail { get; init; }

    /// <summary>The coach by e-mail address (see <see cref="TrainerEmail"/>).</summary>
    public string? CoachEmail { get; init; }

    /// <summary>The observer by e-mail address (see <see cref="TrainerEmail"/>).</summary>
    public string? ObserverEmail { get; init; }
}

public sealed class CreateCohortValidator : AbstractValidator<CreateCohortCommand>
{
    public CreateCohortValidator(IIdentityService accounts)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Programmes.NameRequired").MaximumLength(120).WithMessageKey("Programmes.NameTooLong");
        RuleFor(x => x.Capacity).InclusiveBetween(1, 500).WithMessageKey("Programmes.CapacityOutOfRange");
        RuleFor(x => x.EndsOn).GreaterThanOrEqualTo(x => x.StartsOn).WithMessageKey("Programmes.EndsBeforeStart");
        RuleFor(x => x.TrainerUserId).MustAsync((id, ct) => IsAccountAsync(accounts, id, ct)).WithMessageKey("Programmes.NoSuchAccount");
        RuleFor(x => x.CoachUserId).MustAsync((id, ct) => IsAccountAsync(accounts, id, ct)).WithMessageKey("Programmes.NoSuchAccount");
        RuleFor(x => x.ObserverUserId).MustAsync((id, ct) => IsAccountAsync(accounts, id, ct)).WithMessageKey("Programmes.NoSuchAccount");
        RuleFor(x => x.TrainerEmail).MustAsync((x, email, ct) => IsAccountEmailAsync(accounts, x.TrainerUserId, email, ct)).WithMessageKey("Programmes.NoSuchAccount");
        RuleFor(x => x.CoachEmail).MustAsync((x, email, ct) => IsAccountEmailAsync(accounts, x.CoachUserId, email, ct)).WithMessageKey("Programmes.NoSuchAccount");
        RuleFor(x => x.ObserverEmail).MustAsync((x, email, ct) => IsAccountEmailAsync(accounts, x.ObserverUserId, email, ct)).WithMessageKey("Programmes.NoSuchAccount");
    }

    private static async Task<bool> IsAccountEmailAsync(IIdentityService accounts, int? id, string? email, CancellationToken ct) =>
        id is not null || string.IsNullOrWhiteSpace(email) || await accounts.FindAccountByEmailAsync(email, ct) is { IsDisabled: false };

    private static async Task<bool> IsAccountAsync(IIdentityService accounts, int? id, CancellationToken ct) =>
        id is not { } userId || await accounts.FindAccountAsync(userId, ct) is { IsDisabled: false };
}

public sealed class CreateCohortHandler(IAppDbContext db, IIdentityService accounts) : ICommandHandler<CreateCohortCommand, CohortDto>
{
    public async ValueTask<CohortDto> Handle(CreateCohortCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == command.ProgrammeId, cancellationToken))
        {
            throw NotFoundException.For("Programme", command.ProgrammeId);
        }

        var cohort = new Cohort(command.ProgrammeId, new CohortDetails(command.Name, command.StartsOn, command.EndsOn, command.Capacity,
            await accounts.AccountIdAsync(command.TrainerUserId, command.TrainerEmail, cancellationToken),
            await accounts.AccountIdAsync(command.CoachUserId, command.CoachEmail, cancellationToken),
            await accounts.AccountIdAsync(command.ObserverUserId, command.ObserverEmail, cancellationToken)));
        db.Cohorts.Add(cohort);
        // Saved here to read back the new cohort's id; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadCohortAsync(cohort.Id, cancellationToken);
    }
}
