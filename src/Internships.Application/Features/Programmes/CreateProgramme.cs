using Internships.Domain.Common;

namespace Internships.Application.Features.Programmes;

/// <summary>A coordinator sets up a micro-credential programme: its requirements in order and the badge it earns (a badge for adult participants).</summary>
[Authorize(Roles.Coordinator)]
public sealed record CreateProgrammeCommand(string Name, string Description, int BadgeClassId, decimal? PdHoursTarget, decimal? FeeAmount,
    IReadOnlyList<RequirementInput> Requirements) : ICommand<ProgrammeDto>, IProgrammeFields;

public sealed class CreateProgrammeValidator : AbstractValidator<CreateProgrammeCommand>
{
    public CreateProgrammeValidator(IAppDbContext db) => Include(new ProgrammeFieldsValidator(db));
}

public sealed class CreateProgrammeHandler(IAppDbContext db, IClock clock) : ICommandHandler<CreateProgrammeCommand, ProgrammeDto>
{
    public async ValueTask<ProgrammeDto> Handle(CreateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Programmes.AnyAsync(p => p.Name == name, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Programmes.NameExists, $"A programme named '{name}' exists.", name);
        }

        var programme = new Domain.Programmes.Programme(command.ToDetails(), command.RequirementDetails(), clock.UtcNow);
        db.Programmes.Add(programme);
        // Saved here to read back the new programme's id; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadProgrammeAsync(programme.Id, cancellationToken);
    }
}
