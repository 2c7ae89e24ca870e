using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>A coordinator opens a cohort of a programme: dates, capacity, and the accounts that train, coach and observe it.</summary>
[Authorize(Roles.Coordinator)]
public sealed record CreateCohortCommand(string Name, DateOnly StartsOn, DateOnly EndsOn, int Capacity, int? TrainerUserId, int? CoachUserId, int? ObserverUserId)
    : ICommand<CohortDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int ProgrammeId { get; init; }
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
    }

    private static async Task<bool> IsAccountAsync(IIdentityService accounts, int? id, CancellationToken ct) =>
        id is not { } userId || await accounts.FindAccountAsync(userId, ct) is { IsDisabled: false };
}

public sealed class CreateCohortHandler(IAppDbContext db) : ICommandHandler<CreateCohortCommand, CohortDto>
{
    public async ValueTask<CohortDto> Handle(CreateCohortCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == command.ProgrammeId, cancellationToken))
        {
            throw NotFoundException.For("Programme", command.ProgrammeId);
        }

        var cohort = new Cohort(command.ProgrammeId, new CohortDetails(command.Name, command.StartsOn, command.EndsOn, command.Capacity,
            command.TrainerUserId, command.CoachUserId, command.ObserverUserId));
        db.Cohorts.Add(cohort);
        // Saved here to read back the new cohort's id; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadCohortAsync(cohort.Id, cancellationToken);
    }
}
