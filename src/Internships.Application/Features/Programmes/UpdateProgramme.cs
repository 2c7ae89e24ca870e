using Internships.Domain.Common;

namespace Internships.Application.Features.Programmes;

/// <summary>A coordinator edits a programme; its requirements change only while nobody is enrolled in it (409 otherwise).</summary>
[Authorize(Roles.Coordinator)]
public sealed record UpdateProgrammeCommand(string Name, string Description, int BadgeClassId, decimal? PdHoursTarget, decimal? FeeAmount,
    IReadOnlyList<RequirementInput> Requirements) : ICommand<ProgrammeDto>, IProgrammeFields, IHasExpectedVersion
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int ProgrammeId { get; init; }

    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Programmes.Programme>(ProgrammeId);
}

public sealed class UpdateProgrammeValidator : AbstractValidator<UpdateProgrammeCommand>
{
    public UpdateProgrammeValidator(IAppDbContext db) => Include(new ProgrammeFieldsValidator(db));
}

public sealed class UpdateProgrammeHandler(IAppDbContext db) : ICommandHandler<UpdateProgrammeCommand, ProgrammeDto>
{
    public async ValueTask<ProgrammeDto> Handle(UpdateProgrammeCommand command, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == command.ProgrammeId, cancellationToken)
            ?? throw NotFoundException.For("Programme", command.ProgrammeId);
        var name = command.Name.Trim();
        if (await db.Programmes.AnyAsync(p => p.Name == name && p.Id != programme.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Programmes.NameExists, $"A programme named '{name}' exists.", name);
        }

        var requirements = command.RequirementDetails();
        var changed = requirements.Count != programme.Requirements.Count
            || requirements.Zip(programme.Requirements.OrderBy(r => r.Step)).Any(p => p.First.Kind != p.Second.Kind || p.First.Title.Trim() != p.Second.Title
                || p.First.PdHours != p.Second.PdHours || p.First.SessionsRequired != p.Second.SessionsRequired || p.First.PassingScore != p.Second.PassingScore
                || !(p.First.Criteria ?? []).Select(c => c.Trim()).SequenceEqual(p.Second.Criteria));
        if (changed && await db.ProgrammeEnrolments.AnyAsync(e => e.ProgrammeId == programme.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Programmes.RequirementsFixed,
                $"People are enrolled in '{programme.Name}': its requirements no longer change. Set up a new programme instead.", programme.Name);
        }

        programme.Update(command.ToDetails());
        if (changed)
        {
            programme.ReplaceRequirements(requirements);
        }

        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadProgrammeAsync(programme.Id, cancellationToken);
    }
}
